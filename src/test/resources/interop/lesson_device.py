# A nightlight device written the way IoT-For-Beginners lesson 4 writes the single-board-computer
# (Raspberry Pi / virtual IoT device) one: paho-mqtt, client name id + 'nightlight_client', the
# light level as json.dumps({'light': light}) on id + '/telemetry' every few seconds, and the LED
# switched by {"led_on": ...} commands on id + '/commands'.
#
# The lesson reads a Grove light sensor and drives a Grove LED through CounterFit. Here the
# "sensor" is whatever the test types on stdin (one light level per line) and the "LED" prints
# its state, so Nightlight Lab's interop tests can drive and watch it.
#
# Usage: python3 lesson_device.py ID HOST PORT FIRST_LIGHT_LEVEL SECONDS_BETWEEN_TELEMETRY

import json
import sys
import threading
import time

import paho.mqtt.client as mqtt


class StdinLightSensor:
    """Stands in for GroveLightSensor: .light is the last level typed on stdin."""

    def __init__(self, first_level):
        self.light = first_level
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in iter(sys.stdin.readline, ''):
            if line.strip():
                self.light = int(line)


class PrintedLed:
    """Stands in for GroveLed: prints its state instead of lighting up."""

    def on(self):
        print('LED on', flush=True)

    def off(self):
        print('LED off', flush=True)


light_sensor = StdinLightSensor(int(sys.argv[4]))
led = PrintedLed()

id = sys.argv[1]

client_telemetry_topic = id + '/telemetry'
server_command_topic = id + '/commands'
client_name = id + 'nightlight_client'

mqtt_client = mqtt.Client(client_name)
mqtt_client.connect(sys.argv[2], int(sys.argv[3]))

mqtt_client.loop_start()

print("MQTT connected!", flush=True)

def handle_command(client, userdata, message):
    payload = json.loads(message.payload.decode())
    print("Message received:", payload, flush=True)

    if payload['led_on']:
        led.on()
    else:
        led.off()

mqtt_client.subscribe(server_command_topic)
mqtt_client.on_message = handle_command

while True:
    light = light_sensor.light
    telemetry = json.dumps({'light' : light})

    print("Sending telemetry ", telemetry, flush=True)

    mqtt_client.publish(client_telemetry_topic, telemetry)

    time.sleep(float(sys.argv[5]))
