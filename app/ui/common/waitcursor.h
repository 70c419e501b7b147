#pragma once

#include <QGuiApplication>

namespace linli {

// The wait cursor for as long as it lives: for work of a fraction of a second on the GUI
// thread (longer work gets a progress dialog that can cancel it).
class WaitCursor final
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace linli
