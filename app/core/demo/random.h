#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace linli::demo {

// A small seeded generator (xoshiro256**) with its own distributions: the standard library's
// distributions differ between implementations, and the demo must be the same everywhere.
class Random final
{
public:
    explicit Random(quint64 seed)
    {
        quint64 z = seed;
        for (quint64 &s : m_s) {
            z += 0x9E3779B97F4A7C15ULL;
            quint64 x = z;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
            s = x ^ (x >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double real() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform in [low, high], both included.
    int between(int low, int high) { return low + int(real() * double(high - low + 1)); }
    bool chance(double p) { return real() < p; }

    // An index drawn with the given weights.
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = real() * total;
        for (int i = 0; i < weights.size(); ++i) {
            r -= weights.at(i);
            if (r < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

    template<typename T> const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace linli::demo
