package lab.nightlight.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Certificates made for one test run with Debian's openssl: a certificate authority, a server
 * certificate it signs for "localhost" only, and a second, unrelated authority.
 */
final class TestCertificates {

    final Path folder;
    final Path caCert;
    final Path otherCaCert;
    final Path serverCert;
    final Path serverKey;

    private TestCertificates(Path folder) {
        this.folder = folder;
        this.caCert = folder.resolve("ca.crt");
        this.otherCaCert = folder.resolve("other-ca.crt");
        this.serverCert = folder.resolve("server.crt");
        this.serverKey = folder.resolve("server.key");
    }

    static TestCertificates make(Path folder) throws Exception {
        TestCertificates c = new TestCertificates(folder);
        c.openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Nightlight Test CA",
                "-keyout", "ca.key", "-out", "ca.crt");
        c.openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Someone Else's CA",
                "-keyout", "other-ca.key", "-out", "other-ca.crt");
        c.openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key",
                "-out", "server.csr");
        Files.writeString(folder.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
        c.openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "san.ext", "-out", "server.crt");
        return c;
    }

    private void openssl(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("openssl.log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("openssl " + String.join(" ", args) + " failed:\n"
                    + Files.readString(folder.resolve("openssl.log")));
        }
    }
}
