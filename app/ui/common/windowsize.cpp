#include "windowsize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace linli {

void fitToScreen(QWidget *window)
{
    const QWidget *near = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    const QScreen *screen = near && near->screen() ? near->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    constexpr int kFrameWidth = 16, kFrameHeight = 48; // a title bar and borders
    const QRect room = screen->availableGeometry();
    const QSize fitted(std::min(window->width(), room.width() - kFrameWidth),
                       std::min(window->height(), room.height() - kFrameHeight));
    if (fitted != window->size())
        window->resize(fitted.expandedTo(window->minimumSizeHint()));
}

} // namespace linli
