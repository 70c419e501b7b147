#include "fonts.h"

#include <QApplication>
#include <QFontDatabase>

namespace linli {

void applyScreenFont(QApplication &app)
{
    const QStringList families = QFontDatabase::families();
    for (const char *candidate : {"Noto Sans CJK SC", "Microsoft YaHei", "Source Han Sans SC", "WenQuanYi Zen Hei"}) {
        const QString family = QString::fromLatin1(candidate);
        if (families.contains(family)) {
            QFont font = app.font();
            font.setFamilies({family});
            app.setFont(font);
            return;
        }
    }
}

} // namespace linli
