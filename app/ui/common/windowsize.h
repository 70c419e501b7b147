#pragma once

class QWidget;

namespace linli {

// Shrinks a window (a dialog sized for a large screen in Designer) to the screen it will show
// on, less room for its frame and the panel, so that its buttons are never below the screen's
// edge on a 1024×600 laptop. A window that fits keeps its size.
void fitToScreen(QWidget *window);

} // namespace linli
