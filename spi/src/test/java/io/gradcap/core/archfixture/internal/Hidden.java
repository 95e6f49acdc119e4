package io.gradcap.core.archfixture.internal;

public final class Hidden {}
