#include "ui/curtain/MacScreenLockMonitor.h"

#import <Foundation/Foundation.h>

#include <functional>

namespace {

// Calls emitSignal on the main queue, where Qt's event loop runs, for each notification named name.
// The centre holds the returned observer until it is removed.
void* observe(NSString* name, std::function<void()> emitSignal)
{
    id observer = [[NSDistributedNotificationCenter defaultCenter] addObserverForName:name
                                                                                object:nil
                                                                                 queue:[NSOperationQueue mainQueue]
                                                                            usingBlock:^(NSNotification*) {
                                                                              emitSignal();
                                                                            }];
    return (__bridge void*)observer;
}

void stopObserving(void* observer)
{
    [[NSDistributedNotificationCenter defaultCenter] removeObserver:(__bridge id)observer];
}

} // namespace

MacScreenLockMonitor::MacScreenLockMonitor(QObject* parent)
    : ScreenLockMonitor(parent)
    , m_lockObserver(observe(@"com.apple.screenIsLocked", [this] { Q_EMIT locked(); }))
    , m_unlockObserver(observe(@"com.apple.screenIsUnlocked", [this] { Q_EMIT unlocked(); }))
{
}

MacScreenLockMonitor::~MacScreenLockMonitor()
{
    stopObserving(m_lockObserver);
    stopObserving(m_unlockObserver);
}
