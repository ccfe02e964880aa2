// Stand-in for a Jitsi server's external_api.js (test code, not the genuine file).
//
// It implements the host side of the IFrame API as documented in ../shared/reference/jitsi.md
// §4–§8: the iframe URL (path, ?jwt=&lang=, #jitsi_meet_external_api_id=…&config.…), the postis
// envelope with its __ready__ handshake and origin check, and the transport's events, commands
// and requests with the public↔internal name maps. Set VIERAUGEN_EXTERNAL_API_JS to serve the
// genuine file of a Jitsi release instead.
(function () {
    'use strict';

    const commandNames = {
        answerKnockingParticipant: 'answer-knocking-participant',
        avatarUrl: 'avatar-url',
        displayName: 'display-name',
        endConference: 'end-conference',
        hangup: 'video-hangup',
        overwriteNames: 'overwrite-names',
        password: 'password',
        setAudioOnly: 'set-audio-only',
        setVideoQuality: 'set-video-quality',
        stopRecording: 'stop-recording',
        toggleAudio: 'toggle-audio',
        toggleE2EE: 'toggle-e2ee',
        toggleLobby: 'toggle-lobby',
        toggleParticipantsPane: 'toggle-participants-pane',
        toggleVideo: 'toggle-video',
    };
    const eventNames = {
        'audio-mute-status-changed': 'audioMuteStatusChanged',
        'audio-only-changed': 'audioOnlyChanged',
        'browser-support': 'browserSupport',
        'camera-error': 'cameraError',
        'display-name-change': 'displayNameChange',
        'error-occurred': 'errorOccurred',
        'knocking-participant': 'knockingParticipant',
        'mic-error': 'micError',
        'notification-triggered': 'notificationTriggered',
        'participant-joined': 'participantJoined',
        'participant-kicked-out': 'participantKickedOut',
        'participant-left': 'participantLeft',
        'participant-role-changed': 'participantRoleChanged',
        'participants-pane-toggled': 'participantsPaneToggled',
        'password-required': 'passwordRequired',
        'ready': 'ready',
        'recording-status-changed': 'recordingStatusChanged',
        'transcribing-status-changed': 'transcribingStatusChanged',
        'video-conference-joined': 'videoConferenceJoined',
        'video-conference-left': 'videoConferenceLeft',
        'video-mute-status-changed': 'videoMuteStatusChanged',
        'video-quality-changed': 'videoQualityChanged',
        'video-ready-to-close': 'readyToClose',
    };
    let nextApiId = 0;

    function hashParameters(options) {
        const parts = [];
        if (options.jwt) {
            parts.push('jwt=' + JSON.stringify(options.jwt));
        }
        for (const prefix of ['config', 'interfaceConfig', 'userInfo', 'devices']) {
            const values = options[prefix + 'Overwrite'] || options[prefix] || {};
            for (const key of Object.keys(values)) {
                parts.push(prefix + '.' + key + '=' + encodeURIComponent(JSON.stringify(values[key])));
            }
        }
        return parts;
    }

    class JitsiMeetExternalAPI {
        constructor(domain, options = {}) {
            this._id = nextApiId++;
            this._scope = 'jitsi_meet_external_api_' + this._id;
            this._listeners = new Map();
            this._pending = new Map();
            this._nextRequestId = 1;
            this._outbox = [];
            this._ready = false;
            this._readyId = Math.random().toString(36).slice(2);

            const query = [];
            if (options.jwt) {
                query.push('jwt=' + options.jwt);
            }
            const lang = options.lang || (options.configOverwrite || {}).defaultLanguage;
            if (lang) {
                query.push('lang=' + lang);
            }
            const url = 'https://' + domain + '/' + (options.roomName || '')
                + (query.length ? '?' + query.join('&') : '')
                + '#' + ['jitsi_meet_external_api_id=' + this._id].concat(hashParameters(options)).join('&');
            this._origin = new URL(url).origin;

            this._frame = document.createElement('iframe');
            this._frame.allow = 'autoplay; camera; clipboard-write; display-capture; microphone';
            this._frame.name = this._frame.id = 'jitsiConferenceFrame' + this._id;
            this._frame.style.border = '0';
            this._frame.style.width = typeof options.width === 'number' ? options.width + 'px' : (options.width || '100%');
            this._frame.style.height = typeof options.height === 'number' ? options.height + 'px' : (options.height || '100%');
            if (options.onload) {
                this._frame.onload = options.onload;
            }
            this._frame.src = url;
            (options.parentNode || document.body).appendChild(this._frame);

            this._receive = event => this._onMessage(event);
            window.addEventListener('message', this._receive);
            this._ping = setInterval(() => this._post('__ready__', this._readyId), 50);
        }

        _post(method, params) {
            const target = this._frame && this._frame.contentWindow;
            if (target) {
                target.postMessage(JSON.stringify({ postis: true, scope: this._scope, method, params }), '*');
            }
        }

        _send(message) {
            if (this._ready) {
                this._post('message', message);
            } else {
                this._outbox.push(message);
            }
        }

        _onMessage(event) {
            if (event.origin !== this._origin) {
                return;
            }
            let data;
            try {
                data = JSON.parse(event.data);
            } catch (e) {
                return;
            }
            if (!data || !data.postis || data.scope !== this._scope) {
                return;
            }
            if (data.method === '__ready__') {
                if (data.params === this._readyId) {
                    if (!this._ready) {
                        this._ready = true;
                        clearInterval(this._ping);
                        this._outbox.splice(0).forEach(message => this._post('message', message));
                    }
                } else {
                    this._post('__ready__', data.params);
                }
                return;
            }
            const message = data.params || {};
            if (message.type === 'event') {
                const { name, ...payload } = message.data || {};
                const publicName = eventNames[name];
                if (publicName) {
                    for (const listener of this._listeners.get(publicName) || []) {
                        listener(payload);
                    }
                }
            } else if (message.type === 'response') {
                const pending = this._pending.get(message.id);
                if (pending) {
                    this._pending.delete(message.id);
                    if (message.result !== undefined) {
                        pending.resolve(message.result);
                    } else if (message.error !== undefined) {
                        pending.reject(message.error);
                    } else {
                        pending.reject(new Error('Unexpected response format!'));
                    }
                }
            }
        }

        addListener(name, listener) {
            if (!this._listeners.has(name)) {
                this._listeners.set(name, []);
            }
            this._listeners.get(name).push(listener);
            return this;
        }

        on(name, listener) {
            return this.addListener(name, listener);
        }

        removeListener(name, listener) {
            this._listeners.set(name, (this._listeners.get(name) || []).filter(l => l !== listener));
            return this;
        }

        executeCommand(name, ...args) {
            const internal = commandNames[name];
            if (!internal) {
                console.error('Not supported command name.');
                return;
            }
            this._send({ type: 'event', data: { name: internal, data: args } });
        }

        _request(data) {
            const id = this._nextRequestId++;
            return new Promise((resolve, reject) => {
                this._pending.set(id, { resolve, reject });
                this._send({ type: 'request', id, data });
            });
        }

        getRoomsInfo() {
            return this._request({ name: 'rooms-info' });
        }

        isAudioMuted() {
            return this._request({ name: 'is-audio-muted' });
        }

        getAvailableDevices() {
            return this._request({ type: 'devices', name: 'getAvailableDevices' }).catch(() => ({}));
        }

        _setDevice(device) {
            return this._request({ type: 'devices', name: 'setDevice', device });
        }

        setAudioInputDevice(label, id) {
            return this._setDevice({ id, kind: 'audioinput', label });
        }

        setAudioOutputDevice(label, id) {
            return this._setDevice({ id, kind: 'audiooutput', label });
        }

        setVideoInputDevice(label, id) {
            return this._setDevice({ id, kind: 'videoinput', label });
        }

        getIFrame() {
            return this._frame;
        }

        dispose() {
            clearInterval(this._ping);
            window.removeEventListener('message', this._receive);
            if (this._frame) {
                this._frame.src = 'about:blank';
                this._frame.remove();
                this._frame = null;
            }
        }
    }

    window.JitsiMeetExternalAPI = JitsiMeetExternalAPI;
}());
