package lab.nightlight.interop;

import lab.nightlight.mqtt.BrokerAddress;
import lab.nightlight.support.MosquittoBroker;
import lab.nightlight.support.TestBroker;

/** The two brokers the interop tests run on: ours (embedded HiveMQ CE) and the lesson's (Mosquitto). */
enum InteropBroker {
    EMBEDDED,
    MOSQUITTO;

    private static MosquittoBroker mosquitto;

    BrokerAddress address() {
        return this == EMBEDDED ? TestBroker.address() : mosquitto();
    }

    /** Started on first use, so the embedded cases still run where Mosquitto is missing. */
    private static synchronized BrokerAddress mosquitto() {
        if (mosquitto == null || !mosquitto.isRunning()) {
            mosquitto = MosquittoBroker.start();
        }
        return mosquitto.address();
    }

    /** For {@code @AfterAll}: stops Mosquitto if a test started it. */
    static synchronized void stopMosquitto() {
        if (mosquitto != null) {
            mosquitto.close();
            mosquitto = null;
        }
    }
}
