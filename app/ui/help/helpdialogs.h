#pragma once

class QWidget;

namespace linli::help {

// 帮助 → 使用说明: the short manual kept inside the program, in the screen's language.
void showManual(QWidget *parent);

// 帮助 → 快捷键: every shortcut of `window` (its menus' and its pages'), read from the window
// itself so that the list is never out of date.
void showShortcuts(QWidget *window);

} // namespace linli::help
