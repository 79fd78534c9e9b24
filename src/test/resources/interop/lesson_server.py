# The nightlight server from IoT-For-Beginners, lesson 4 ("Connect your device to the Internet"),
# as its text gives it: the server code from "Write the server code", with the two additions of
# "Send commands to the MQTT broker" (server_command_topic, and the command at the end of
# handle_telemetry). Nightlight Lab's interop tests run it, with Debian's python3-paho-mqtt 1.6,
# against our device. Every change from the lesson is marked "Changed:"; there are no others.
#
# Usage: python3 lesson_server.py ID HOST PORT

import json
import time

import paho.mqtt.client as mqtt

# Changed: the id, host and port come from the command line, so this import is new.
import sys

# Changed: the lesson has id = '<ID>' for the student to fill in.
id = sys.argv[1]

client_telemetry_topic = id + '/telemetry'
server_command_topic = id + '/commands'
client_name = id + 'nightlight_server'

mqtt_client = mqtt.Client(client_name)
# Changed: the lesson connects to mqtt_client.connect('test.mosquitto.org').
mqtt_client.connect(sys.argv[2], int(sys.argv[3]))

mqtt_client.loop_start()

def handle_telemetry(client, userdata, message):
    payload = json.loads(message.payload.decode())
    # Changed: flush=True, so the test reads each line at once through the pipe.
    print("Message received:", payload, flush=True)

    command = { 'led_on' : payload['light'] < 300 }
    # Changed: flush=True, as above.
    print("Sending message:", command, flush=True)

    client.publish(server_command_topic, json.dumps(command))

mqtt_client.subscribe(client_telemetry_topic)
mqtt_client.on_message = handle_telemetry

while True:
    time.sleep(2)
