#include "passwords.h"

#include <sodium.h>

#include <mutex>

namespace linli {

namespace {

bool ready()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

Error unavailable()
{
    return Error{ErrorCode::Storage, Passwords::tr("The password library could not be started."), {}};
}

// A hash of a password nobody has, verified against when there is no real one, so that an
// unknown user name costs the same time as a known one.
const QByteArray &decoyHash()
{
    static const QByteArray decoy = [] {
        char out[crypto_pwhash_STRBYTES] = {};
        QByteArray random(32, '\0');
        randombytes_buf(random.data(), size_t(random.size()));
        const QByteArray text = random.toHex();
        if (crypto_pwhash_str(out, text.constData(), size_t(text.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE)
            != 0)
            return QByteArray();
        return QByteArray(out);
    }();
    return decoy;
}

} // namespace

Status Passwords::checkRules(const QString &password)
{
    if (password.size() < kMinimumLength)
        return Error{
            ErrorCode::Invalid,
            tr("A password needs at least %1 characters; this one has %2.").arg(kMinimumLength).arg(password.size()),
            QStringLiteral("password")};
    if (password.size() > kMaximumLength)
        return Error{ErrorCode::Invalid, tr("A password may have at most %1 characters.").arg(kMaximumLength),
                     QStringLiteral("password")};
    bool letter = false;
    bool digit = false;
    bool other = false;
    for (const QChar c : password) {
        if (c.isSpace() && c != QLatin1Char(' '))
            return Error{ErrorCode::Invalid, tr("A password may not contain tabs or line breaks."),
                         QStringLiteral("password")};
        if (c.isLetter())
            letter = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    if (int(letter) + int(digit) + int(other) < 2)
        return Error{ErrorCode::Invalid,
                     tr("A password needs characters of at least two kinds: letters, digits, other signs."),
                     QStringLiteral("password")};
    return {};
}

Result<QString> Passwords::hash(const QString &password)
{
    if (!ready())
        return unavailable();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Error{ErrorCode::Storage, tr("The password could not be hashed (out of memory)."), {}};
    return QString::fromLatin1(out);
}

Result<QString> Passwords::hashWithSalt(const QString &password, const QByteArray &salt)
{
    if (!ready())
        return unavailable();
    if (salt.size() != int(crypto_pwhash_SALTBYTES))
        return Error{ErrorCode::Invalid, tr("A password salt has %1 bytes.").arg(crypto_pwhash_SALTBYTES), {}};
    const QByteArray utf8 = password.toUtf8();
    unsigned char key[32] = {}; // the hash length crypto_pwhash_str writes
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash(key, sizeof key, utf8.constData(), size_t(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{ErrorCode::Storage, tr("The password could not be hashed (out of memory)."), {}};
    // The encoding crypto_pwhash_str writes: unpadded standard base64 of salt and hash.
    auto base64 = [](const unsigned char *data, size_t size) {
        QByteArray text(int(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)), '\0');
        sodium_bin2base64(text.data(), size_t(text.size()), data, size, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
        return QString::fromLatin1(text.constData());
    };
    return QStringLiteral("%1v=%2$m=%3,t=%4,p=1$%5$%6")
        .arg(QLatin1String(crypto_pwhash_argon2id_STRPREFIX))
        .arg(19)
        .arg(mem / 1024)
        .arg(ops)
        .arg(base64(reinterpret_cast<const unsigned char *>(salt.constData()), size_t(salt.size())),
             base64(key, sizeof key));
}

bool Passwords::verify(const QString &storedHash, const QString &password)
{
    if (!ready())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const bool real = storedHash.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX))
        && storedHash.size() < int(crypto_pwhash_STRBYTES);
    const QByteArray stored = real ? storedHash.toLatin1() : decoyHash();
    if (stored.isEmpty())
        return false;
    const bool match = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
    return real && match;
}

} // namespace linli
