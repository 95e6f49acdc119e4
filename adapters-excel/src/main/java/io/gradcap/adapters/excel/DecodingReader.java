package io.gradcap.adapters.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to characters and, at bytes that are not valid in the charset, first hands out
 * every character before them and only then fails, saying at which byte of the file. A reader that
 * decodes ahead ({@link java.io.InputStreamReader}) fails a buffer early, so the caller cannot tell
 * which line or cell holds the bad bytes; this one lets it.
 */
final class DecodingReader extends Reader {

  /** Bytes at {@link #offset()} that the charset cannot decode. */
  static final class MalformedTextException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long offset;
    private final int length;

    MalformedTextException(long offset, int length) {
      this.offset = offset;
      this.length = length;
    }

    /** The 0-based offset in the file of the first byte that cannot be decoded. */
    long offset() {
      return offset;
    }

    /** How many bytes from there cannot be decoded. */
    int length() {
      return length;
    }

    @Override
    public String getMessage() {
      return "undecodable bytes at offset " + offset;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
  private final CharBuffer chars = CharBuffer.allocate(64 * 1024);

  /** File offset of {@code bytes}' position 0. */
  private long bufferStart;

  private boolean eof;
  private boolean flushed;
  private MalformedTextException pending;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.limit(0);
    chars.limit(0);
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (pending != null) {
        throw pending;
      }
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buffer, off, n);
    return n;
  }

  /** Decodes the next characters; at undecodable bytes, remembers the failure for after them. */
  private void fill() throws IOException {
    chars.clear();
    if (!eof && bytes.remaining() < 16) {
      bufferStart += bytes.position();
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    CoderResult result = decoder.decode(bytes, chars, eof);
    if (result.isError()) {
      pending = new MalformedTextException(bufferStart + bytes.position(), result.length());
    } else if (eof && result.isUnderflow() && !bytes.hasRemaining()) {
      if (decoder.flush(chars).isUnderflow()) {
        flushed = true;
      }
    }
    chars.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
