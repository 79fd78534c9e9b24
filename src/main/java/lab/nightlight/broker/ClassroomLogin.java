package lab.nightlight.broker;

import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.services.Services;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Classroom mode's one shared login: students connect with the user name and password the
 * teacher set; anyone else is refused with "bad user name or password", which the client turns
 * into a sentence. The comparison takes the same time whatever the guess.
 */
final class ClassroomLogin {

    private ClassroomLogin() {
    }

    static void register(String username, String password) {
        byte[] expectedUser = username.getBytes(StandardCharsets.UTF_8);
        byte[] expectedPassword = (password == null ? "" : password).getBytes(StandardCharsets.UTF_8);
        SimpleAuthenticator authenticator = (input, output) -> {
            var connect = input.getConnectPacket();
            byte[] user = connect.getUserName().map(u -> u.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
            byte[] pass = connect.getPassword().map(ClassroomLogin::bytes).orElse(new byte[0]);
            if (MessageDigest.isEqual(user, expectedUser) & MessageDigest.isEqual(pass, expectedPassword)) {
                output.authenticateSuccessfully();
            } else {
                output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD,
                        "This classroom broker needs the user name and password your teacher gave you.");
            }
        };
        Services.securityRegistry().setAuthenticatorProvider(input -> authenticator);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.asReadOnlyBuffer();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
