#pragma once

#include "demo/random.h"

#include <QString>
#include <QStringList>

namespace linli::demo {

// Chinese surnames in their frequencies, and given names as they were chosen in each era.
class Names final
{
public:
    static QString surname(Random &rng);
    // A given name for someone of `sex` ("M"/"F") born in `birthYear`.
    static QString givenName(Random &rng, const QString &sex, int birthYear);

    static QStringList communityNames();
    static QString compoundName(Random &rng, int kind); // 0 old walk-up, 1 high-rise, 2 courtyard
};

} // namespace linli::demo
