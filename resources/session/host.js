'use strict';

// The IFrame API events Vieraugen follows; each reaches C++ as bridge.deliver(name, payload).
const forwardedEvents = [
    'audioMuteStatusChanged', 'audioOnlyChanged', 'browserSupport', 'cameraError', 'displayNameChange', 'errorOccurred',
    'knockingParticipant', 'micError', 'notificationTriggered', 'participantJoined', 'participantKickedOut',
    'participantLeft', 'participantRoleChanged', 'participantsPaneToggled', 'passwordRequired', 'readyToClose', 'recordingStatusChanged',
    'transcribingStatusChanged', 'videoConferenceJoined', 'videoConferenceLeft', 'videoMuteStatusChanged',
    'videoQualityChanged',
];

// Device functions of the IFrame API, reached through the same command path as executeCommand.
const deviceFunctions = ['setAudioInputDevice', 'setAudioOutputDevice', 'setVideoInputDevice'];

let api = null;
let loadedScript = null;

function loadScript(url) {
    if (loadedScript && loadedScript.url === url) {
        return loadedScript.promise;
    }
    const promise = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = url;
        script.onload = resolve;
        script.onerror = () => reject(new Error('external_api.js could not be loaded'));
        document.head.appendChild(script);
    });
    loadedScript = { url, promise };
    promise.catch(() => { loadedScript = null; });
    return promise;
}

function start(bridge, options) {
    loadScript(options.scriptUrl).then(() => {
        if (typeof JitsiMeetExternalAPI !== 'function') {
            throw new Error('the server sent no IFrame API');
        }
        api = new JitsiMeetExternalAPI(options.domain, Object.assign({}, options, {
            parentNode: document.getElementById('meeting'), width: '100%', height: '100%',
        }));
        for (const name of forwardedEvents) {
            api.addListener(name, payload => bridge.deliver(name, payload || {}));
        }
    }).catch(error => bridge.deliver('hostPageError', { message: error.message }));
}

// Two soft tones like a door chime, made on the spot: no sound file to ship or load.
function chime(bridge) {
    const context = new AudioContext();
    const tones = [[659, 0], [523, 0.3]];
    for (const [frequency, at] of tones) {
        const tone = context.createOscillator();
        const volume = context.createGain();
        tone.frequency.value = frequency;
        volume.gain.setValueAtTime(0.0001, context.currentTime + at);
        volume.gain.exponentialRampToValueAtTime(0.3, context.currentTime + at + 0.02);
        volume.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + at + 0.6);
        tone.connect(volume).connect(context.destination);
        tone.start(context.currentTime + at);
        tone.stop(context.currentTime + at + 0.65);
    }
    setTimeout(() => context.close(), 1200);
    bridge.deliver('hostChimed', { state: context.state });
}

new QWebChannel(qt.webChannelTransport, channel => {
    const bridge = channel.objects.bridge;
    bridge.preloadRequested.connect(url => loadScript(url).catch(() => {}));
    bridge.startRequested.connect(options => start(bridge, options));
    bridge.commandRequested.connect((name, args) => {
        if (!api) {
            return;
        }
        if (name === 'getAvailableDevices') {
            api.getAvailableDevices().then(devices => bridge.deliver('availableDevices', devices || {}));
        } else if (deviceFunctions.includes(name)) {
            api[name](...args).catch(() => bridge.deliver('deviceSwitchFailed', { name }));
        } else {
            api.executeCommand(name, ...args);
        }
    });
    bridge.chimeRequested.connect(() => chime(bridge));
    bridge.disposeRequested.connect(() => {
        if (api) {
            api.dispose();
            api = null;
        }
    });
    bridge.hostReady();
});
