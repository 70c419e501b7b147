#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace linli {

// Account passwords: Argon2id through libsodium (crypto_pwhash_str, interactive limits), in the
// "$argon2id$v=19$m=…,t=…,p=…$salt$hash" form that crypto_pwhash_str_verify reads.
class Passwords final
{
    Q_DECLARE_TR_FUNCTIONS(Passwords)
public:
    static constexpr int kMinimumLength = 8;
    static constexpr int kMaximumLength = 128;

    // At least 8 characters of at least two kinds (letters, digits, others); the reason if not.
    static Status checkRules(const QString &password);
    // A new hash with a random salt.
    static Result<QString> hash(const QString &password);
    // The same with a given 16-byte salt: a demo register is the same byte for byte for the
    // same seed, and its accounts share the one password everyone knows.
    static Result<QString> hashWithSalt(const QString &password, const QByteArray &salt);
    // Whether `password` matches `storedHash`. Takes as long for an empty or malformed hash (an
    // unknown user, an account without a password) as for a real one.
    static bool verify(const QString &storedHash, const QString &password);
};

} // namespace linli
