/* eslint-disable */
var config = {
    hosts: { domain: 'meet.example.org', muc: 'conference.' + subdomain + 'meet.example.org' },
    // comment
    p2p: { enabled: true, stunServers: [ { urls: 'stun:meet-jit-si-turnrelay.jitsi.net:443' } ], },
    analytics: { disabled: true, rtcstatsEnabled: false },
    disableThirdPartyRequests: true,
    e2ee: { labels: { }, externallyManagedKey: false },
    prejoinConfig: { enabled: true, hideDisplayName: false },
    startWithAudioMuted: false,
    channelLastN: -1,
    bosh: '//meet.example.org/http-bind',
    websocket: "wss://meet.example.org/xmpp-websocket",
    testing: { p2pTestMode: false, },
    giphy: { enabled: false },
    makeJsonParserHappy: 'even if last key had a trailing comma'
};
<!--# include virtual="/config.local.js" -->
