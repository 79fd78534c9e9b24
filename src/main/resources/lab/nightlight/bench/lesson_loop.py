# The lesson's stack, timed: a paho-mqtt device and the lesson's server logic (json.loads,
# light < 300, json.dumps) as two paho clients, like the lesson's two scripts. Prints one JSON
# line like `nightlight-lab bench loop --json`. Runs on paho-mqtt 1.x and 2.x.
import json
import sys
import threading
import time
import uuid

import paho.mqtt
import paho.mqtt.client as mqtt

host, port, qos, count, warmup = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
id = 'bench-' + uuid.uuid4().hex[:8]
telemetry_topic, command_topic = id + '/telemetry', id + '/commands'


def make_client(name):
    try:
        return mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=name)
    except AttributeError:
        return mqtt.Client(client_id=name)


server = make_client(id + 'nightlight_server')
device = make_client(id + 'nightlight_client')
answered = threading.Event()
subscribed = threading.Semaphore(0)


def handle_telemetry(client, userdata, message):
    payload = json.loads(message.payload.decode())
    command = {'led_on': payload['light'] < 300}
    client.publish(command_topic, json.dumps(command), qos=qos)


def handle_command(client, userdata, message):
    json.loads(message.payload.decode())
    answered.set()


server.on_message = handle_telemetry
device.on_message = handle_command
server.on_subscribe = device.on_subscribe = lambda *args: subscribed.release()
for client, topic in ((server, telemetry_topic), (device, command_topic)):
    client.connect(host, port)
    client.loop_start()
    client.subscribe(topic, qos=qos)
subscribed.acquire(timeout=10)
subscribed.acquire(timeout=10)

samples = []
for i in range(warmup + count):
    answered.clear()
    start = time.perf_counter()
    device.publish(telemetry_topic, json.dumps({'light': 100 if i % 2 == 0 else 500}), qos=qos)
    if not answered.wait(10):
        sys.exit('no answer within 10 s')
    if i >= warmup:
        samples.append((time.perf_counter() - start) * 1000)

samples.sort()


def rank(p):
    return samples[max(0, min(len(samples) - 1, int(-(-p * len(samples) // 1)) - 1))]


print(json.dumps({'event': 'loop', 'stack': 'lesson (paho ' + paho.mqtt.__version__ + ')', 'qos': qos, 'count': len(samples),
                  'p50_ms': round(rank(0.5), 3), 'p90_ms': round(rank(0.9), 3), 'p99_ms': round(rank(0.99), 3),
                  'max_ms': round(samples[-1], 3)}), flush=True)
for client in (device, server):
    client.loop_stop()
    client.disconnect()
