#pragma once

class QApplication;

namespace linli {

// Sets a Simplified Chinese screen face explicitly: left to itself, fontconfig picks the
// Japanese variant of the CJK fonts and some characters take Japanese shapes.
void applyScreenFont(QApplication &app);

} // namespace linli
