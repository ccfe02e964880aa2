'use strict';

// Camera and microphone run as separate streams, so that a missing camera does not keep the
// microphone from being tested, and each failure is reported for its own device.
const streams = { videoinput: null, audioinput: null };
let meter = null;

function stopStream(kind) {
    if (streams[kind]) {
        streams[kind].getTracks().forEach(track => track.stop());
        streams[kind] = null;
    }
}

async function listDevices(bridge) {
    const devices = await navigator.mediaDevices.enumerateDevices();
    bridge.devicesListed(devices.map(device => ({ kind: device.kind, label: device.label, deviceId: device.deviceId })));
}

function startMeter(bridge, stream) {
    if (meter) {
        clearInterval(meter.timer);
        meter.context.close();
    }
    const context = new AudioContext();
    context.resume();
    const analyser = context.createAnalyser();
    // Two thirds of a second per reading at 48 kHz: short sounds are not missed between readings.
    analyser.fftSize = 32768;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    // Ten readings a second: the loudest recent sample, 0..1.
    const timer = setInterval(() => {
        analyser.getFloatTimeDomainData(samples);
        let peak = 0;
        for (const sample of samples) {
            peak = Math.max(peak, Math.abs(sample));
        }
        bridge.levelChanged(Math.min(1, peak));
    }, 100);
    meter = { context, timer };
}

async function open(bridge, kind, deviceId) {
    stopStream(kind);
    const constraint = deviceId ? { deviceId: { exact: deviceId } } : true;
    try {
        const stream = await navigator.mediaDevices.getUserMedia(kind === 'videoinput' ? { video: constraint } : { audio: constraint });
        streams[kind] = stream;
        const track = stream.getTracks()[0];
        if (kind === 'videoinput') {
            const video = document.getElementById('preview');
            video.srcObject = stream;
            await video.play();
        } else {
            startMeter(bridge, stream);
        }
        bridge.deviceOpened(kind, track.label);
    } catch (error) {
        bridge.deviceFailed(kind, error.name, error.message);
    }
}

async function playTone(bridge, outputId) {
    try {
        const context = new AudioContext();
        const oscillator = context.createOscillator();
        const gain = context.createGain();
        const destination = context.createMediaStreamDestination();
        oscillator.frequency.value = 440;
        gain.gain.value = 0.2;
        oscillator.connect(gain).connect(destination);
        const audio = new Audio();
        audio.srcObject = destination.stream;
        if (outputId) {
            await audio.setSinkId(outputId);
        }
        await audio.play();
        oscillator.start();
        oscillator.stop(context.currentTime + 1.5);
        oscillator.onended = () => { audio.pause(); context.close(); bridge.tonePlayed(true, ''); };
    } catch (error) {
        bridge.tonePlayed(false, error.name + ': ' + error.message);
    }
}

function within(ms, promise, what) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(what)), ms))]);
}

function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

// Two peer connections that may only use relay candidates, so that every packet goes to the
// server's TURN relay and back: what a session's media would meet on this network.
async function measureConnection(iceServers) {
    const result = { mediaConnectivity: false, rtt: 0, fractionalLoss: 1, throughput: 0 };
    const configuration = { iceServers, iceTransportPolicy: 'relay' };
    const sender = new RTCPeerConnection(configuration);
    const receiver = new RTCPeerConnection(configuration);
    try {
        sender.onicecandidate = event => event.candidate && receiver.addIceCandidate(event.candidate).catch(() => {});
        receiver.onicecandidate = event => event.candidate && sender.addIceCandidate(event.candidate).catch(() => {});
        const outgoing = sender.createDataChannel('probe', { ordered: false, maxRetransmits: 0 });
        outgoing.binaryType = 'arraybuffer';
        const incoming = new Promise(resolve => { receiver.ondatachannel = event => resolve(event.channel); });
        const opened = new Promise(resolve => { outgoing.onopen = resolve; });
        await sender.setLocalDescription(await sender.createOffer());
        await receiver.setRemoteDescription(sender.localDescription);
        await receiver.setLocalDescription(await receiver.createAnswer());
        await sender.setRemoteDescription(receiver.localDescription);
        const channel = await within(10000, incoming, 'no relayed connection');
        await within(10000, opened, 'no relayed connection');
        result.mediaConnectivity = true;

        let receivedPackets = 0;
        let receivedBytes = 0;
        channel.binaryType = 'arraybuffer';
        channel.onmessage = event => {
            if (typeof event.data === 'string') {
                channel.send(event.data); // a ping: straight back
            } else {
                receivedPackets += 1;
                receivedBytes += event.data.byteLength;
            }
        };

        // Round-trip time: the median of ten pings, one at a time.
        const rtts = [];
        for (let i = 0; i < 10; i += 1) {
            const sent = performance.now();
            const echo = new Promise(resolve => {
                outgoing.onmessage = event => { if (event.data === 'ping' + i) resolve(); };
            });
            outgoing.send('ping' + i);
            try {
                await within(2000, echo, 'lost');
                rtts.push(performance.now() - sent);
            } catch (lost) { /* counted as missing */ }
        }
        rtts.sort((a, b) => a - b);
        result.rtt = rtts.length ? rtts[Math.floor(rtts.length / 2)] : 2000;

        // Loss: a hundred packets at an audio stream's pace.
        const probes = 100;
        for (let i = 0; i < probes; i += 1) {
            outgoing.send(new ArrayBuffer(160));
            await sleep(10);
        }
        await sleep(Math.min(2000, 500 + 2 * result.rtt));
        result.fractionalLoss = Math.max(0, 1 - receivedPackets / probes);

        // Throughput: as much as the channel takes for fifty round trips, 1 to 10 seconds.
        const duration = Math.min(10000, Math.max(1000, 50 * result.rtt));
        const bytesBefore = receivedBytes;
        const packet = new ArrayBuffer(1200);
        const started = performance.now();
        outgoing.bufferedAmountLowThreshold = 64 * 1024;
        while (performance.now() - started < duration) {
            while (outgoing.bufferedAmount < 256 * 1024 && performance.now() - started < duration) {
                outgoing.send(packet);
            }
            await new Promise(resolve => {
                outgoing.onbufferedamountlow = resolve;
                setTimeout(resolve, 50);
            });
        }
        const elapsed = performance.now() - started;
        result.throughput = (receivedBytes - bytesBefore) * 8 / elapsed; // bits per ms = kbps
    } catch (error) {
        result.error = error.message;
    } finally {
        sender.close();
        receiver.close();
    }
    return result;
}

new QWebChannel(qt.webChannelTransport, channel => {
    const bridge = channel.objects.bridge;
    bridge.openRequested.connect((kind, deviceId) => open(bridge, kind, deviceId).then(() => listDevices(bridge)));
    bridge.stopRequested.connect(() => {
        stopStream('videoinput');
        stopStream('audioinput');
        if (meter) {
            clearInterval(meter.timer);
            meter.context.close();
            meter = null;
        }
    });
    bridge.toneRequested.connect(outputId => playTone(bridge, outputId));
    bridge.connectionTestRequested.connect(iceServers =>
        measureConnection(iceServers).then(result => bridge.connectionMeasured(result)));
    bridge.pageReady();
});
