package io.gradcap.core.archfixture;

/** A public class that is neither final nor a record. */
public class OpenForExtension {}
