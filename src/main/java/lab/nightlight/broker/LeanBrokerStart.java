package lab.nightlight.broker;

import com.hivemq.configuration.service.InternalConfigurations;

/**
 * Two parts of HiveMQ's start that Nightlight Lab never uses, left out so that a fresh window
 * connects sooner. Measured alone, with the app's JVM options and a start-up archive: the
 * broker's start from 780 to 610 ms (median of 5, docs/BENCHMARKS.md section 3).
 */
final class LeanBrokerStart {

    private static final String GUICE_BYTECODE = "guice_bytecode_gen_option";

    private LeanBrokerStart() {
    }

    static void apply() {
        // Guice writes a "fast class" with ASM for every class it builds: new classes at every
        // start, which no start-up archive can hold. Only method interceptors need generated
        // code, and HiveMQ binds none, so reflection does the same work. Asked for on the
        // command line, the caller's choice stands.
        if (System.getProperty(GUICE_BYTECODE) == null) {
            System.setProperty(GUICE_BYTECODE, "DISABLED");
        }
        // HiveMQ's JMX reporter starts the JVM's platform MBean server, which registers every
        // JVM management bean first (about 125 ms here). The app reads the broker's counters
        // from its metric registry (EmbeddedBroker.stats), never over JMX.
        InternalConfigurations.JMX_REPORTER_ENABLED.set(false);
    }
}
