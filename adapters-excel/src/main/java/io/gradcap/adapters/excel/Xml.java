package io.gradcap.adapters.excel;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX factory set never to read a DTD or an external entity. It is the standard StAX lookup:
 * the JDK's parser unless the host puts another on the class path (Aalto or Woodstox parse sheets
 * about twice as fast); one that refuses the hardening properties fails here, never silently.
 */
final class Xml {

  private static final XMLInputFactory FACTORY = newFactory();

  private Xml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    return factory;
  }

  static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(in);
  }
}
