#pragma once

// The devices a session uses: chosen in the pre-session check, remembered in the settings and
// switched in the meeting.
enum class MediaDevice
{
    Camera,
    Microphone,
    Speaker
};
