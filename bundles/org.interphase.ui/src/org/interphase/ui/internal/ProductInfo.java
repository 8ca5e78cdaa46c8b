package org.interphase.ui.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Name, version and description of the running product, read from the product extension and the bundle. */
final class ProductInfo {

    private ProductInfo() {
    }

    static String name() {
        IProduct product = Platform.getProduct();
        return product != null && product.getName() != null ? product.getName() : "Interphase";
    }

    /** The release the user runs, e.g. {@code 0.1.0} (build qualifier shown separately). */
    static String version() {
        Version version = bundle().getVersion();
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }

    static String build() {
        return bundle().getVersion().getQualifier();
    }

    static String title() {
        return name() + " " + version();
    }

    static String description() {
        IProduct product = Platform.getProduct();
        String about = product == null ? null : product.getProperty("aboutText");
        return about == null ? "" : about;
    }

    private static Bundle bundle() {
        IProduct product = Platform.getProduct();
        return product != null ? product.getDefiningBundle() : FrameworkUtil.getBundle(ProductInfo.class);
    }
}
