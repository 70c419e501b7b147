#include "xmlscanner.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace linli {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isNameStart(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0x80;
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

const char *find(const char *from, const char *end, QByteArrayView what)
{
    const qsizetype at = QByteArrayView(from, end - from).indexOf(what);
    return at < 0 ? nullptr : from + at;
}

void appendUtf8(QByteArray *out, char32_t c)
{
    if (c < 0x80) {
        out->append(char(c));
    } else if (c < 0x800) {
        out->append(char(0xC0 | (c >> 6)));
        out->append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->append(char(0xE0 | (c >> 12)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    } else {
        out->append(char(0xF0 | (c >> 18)));
        out->append(char(0x80 | ((c >> 12) & 0x3F)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

XmlScanner::XmlScanner(const QByteArray &data) : m_data(data)
{
    // Workbook parts are UTF-8; UTF-16 (which XML also allows) is turned into it first.
    if (m_data.startsWith("\xFF\xFE") || m_data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(m_data.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        m_data = QString(decoder(QByteArrayView(m_data).sliced(2))).toUtf8();
    } else if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_data.remove(0, 3);
    }
    m_begin = m_pos = m_data.constData();
    m_end = m_begin + m_data.size();
}

XmlScanner::Token XmlScanner::fail(Problem problem, const QString &why)
{
    m_problem = problem;
    m_error = why;
    m_token = Token::Error;
    return m_token;
}

int XmlScanner::lineNumber() const
{
    return int(std::count(m_begin, m_pos, '\n')) + 1;
}

QByteArrayView XmlScanner::localPart(QByteArrayView name)
{
    const qsizetype colon = name.lastIndexOf(':');
    return colon < 0 ? name : name.sliced(colon + 1);
}

XmlScanner::Token XmlScanner::next()
{
    if (m_token == Token::Error || m_token == Token::End)
        return m_token;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.removeLast();
        m_token = Token::EndElement;
        return m_token;
    }
    for (;;) {
        if (m_pos >= m_end) {
            if (!m_seenRoot)
                return fail(Problem::Malformed, QStringLiteral("the part has no root element"));
            if (!m_open.isEmpty())
                return fail(Problem::Malformed,
                            QStringLiteral("the part ends inside <%1>").arg(QString::fromUtf8(m_open.last())));
            m_token = Token::End;
            return m_token;
        }
        if (*m_pos != '<') {
            const char *start = m_pos;
            const void *lt = std::memchr(m_pos, '<', size_t(m_end - m_pos));
            m_pos = lt ? static_cast<const char *>(lt) : m_end;
            const QByteArrayView raw(start, m_pos - start);
            if (m_open.isEmpty()) {
                for (char c : raw)
                    if (!isSpace(c)) {
                        m_pos = start;
                        return fail(Problem::Malformed, QStringLiteral("text outside the root element"));
                    }
                continue;
            }
            if (raw.contains('&')) {
                QByteArray check;
                if (!decode(raw, &check)) {
                    m_pos = start;
                    return fail(Problem::UndeclaredEntity, QStringLiteral("an undeclared entity"));
                }
            }
            m_text = raw;
            m_textIsCData = false;
            m_token = Token::Text;
            return m_token;
        }
        const QByteArrayView rest(m_pos, m_end - m_pos);
        if (rest.startsWith("<?")) {
            const char *close = find(m_pos + 2, m_end, "?>");
            if (!close)
                return fail(Problem::Malformed, QStringLiteral("an unfinished processing instruction"));
            m_pos = close + 2;
            continue;
        }
        if (rest.startsWith("<!--")) {
            const char *close = find(m_pos + 4, m_end, "-->");
            if (!close)
                return fail(Problem::Malformed, QStringLiteral("an unfinished comment"));
            m_pos = close + 3;
            continue;
        }
        if (rest.startsWith("<![CDATA[")) {
            const char *close = find(m_pos + 9, m_end, "]]>");
            if (!close || m_open.isEmpty())
                return fail(Problem::Malformed, QStringLiteral("a misplaced or unfinished CDATA section"));
            m_text = QByteArrayView(m_pos + 9, close - (m_pos + 9));
            m_textIsCData = true;
            m_pos = close + 3;
            m_token = Token::Text;
            return m_token;
        }
        if (rest.startsWith("<!"))
            return fail(Problem::Dtd, QStringLiteral("a document type declaration"));
        if (rest.startsWith("</")) {
            if (!readEndTag())
                return m_token;
            m_token = Token::EndElement;
            return m_token;
        }
        if (!readStartTag())
            return m_token;
        m_token = Token::StartElement;
        return m_token;
    }
}

bool XmlScanner::readStartTag()
{
    const char *p = m_pos + 1;
    const char *nameStart = p;
    if (p >= m_end || !isNameStart(*p)) {
        fail(Problem::Malformed, QStringLiteral("'<' not followed by an element name"));
        return false;
    }
    while (p < m_end && isNameChar(*p))
        ++p;
    const QByteArrayView qualified(nameStart, p - nameStart);
    m_attributes.clear();
    bool empty = false;
    for (;;) {
        const char *before = p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end) {
            fail(Problem::Malformed, QStringLiteral("an unfinished tag"));
            return false;
        }
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (p + 1 >= m_end || p[1] != '>') {
                fail(Problem::Malformed, QStringLiteral("'/' inside a tag"));
                return false;
            }
            p += 2;
            empty = true;
            break;
        }
        if (p == before || !isNameStart(*p)) {
            fail(Problem::Malformed, QStringLiteral("a malformed attribute"));
            return false;
        }
        const char *attributeStart = p;
        while (p < m_end && isNameChar(*p))
            ++p;
        const QByteArrayView attributeName(attributeStart, p - attributeStart);
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end || *p != '=') {
            fail(Problem::Malformed, QStringLiteral("an attribute without a value"));
            return false;
        }
        ++p;
        while (p < m_end && isSpace(*p))
            ++p;
        if (p >= m_end || (*p != '"' && *p != '\'')) {
            fail(Problem::Malformed, QStringLiteral("an attribute value without quotes"));
            return false;
        }
        const char quote = *p++;
        const void *close = std::memchr(p, quote, size_t(m_end - p));
        if (!close) {
            fail(Problem::Malformed, QStringLiteral("an unfinished attribute value"));
            return false;
        }
        const QByteArrayView value(p, static_cast<const char *>(close) - p);
        if (value.contains('<')) {
            fail(Problem::Malformed, QStringLiteral("'<' in an attribute value"));
            return false;
        }
        if (value.contains('&')) {
            QByteArray check;
            if (!decode(value, &check)) {
                fail(Problem::UndeclaredEntity, QStringLiteral("an undeclared entity"));
                return false;
            }
        }
        m_attributes.append({attributeName, value});
        p = static_cast<const char *>(close) + 1;
    }
    if (m_open.isEmpty() && m_seenRoot) {
        fail(Problem::Malformed, QStringLiteral("a second root element"));
        return false;
    }
    m_seenRoot = true;
    m_open.append(qualified);
    m_name = localPart(qualified);
    m_pendingEnd = empty;
    m_pos = p;
    return true;
}

bool XmlScanner::readEndTag()
{
    const char *p = m_pos + 2;
    const char *nameStart = p;
    while (p < m_end && isNameChar(*p))
        ++p;
    const QByteArrayView qualified(nameStart, p - nameStart);
    while (p < m_end && isSpace(*p))
        ++p;
    if (p >= m_end || *p != '>') {
        fail(Problem::Malformed, QStringLiteral("an unfinished end tag"));
        return false;
    }
    if (m_open.isEmpty() || m_open.last() != qualified) {
        fail(Problem::Malformed,
             m_open.isEmpty() ? QStringLiteral("an end tag with no element open")
                              : QStringLiteral("</%1> where </%2> was expected")
                                    .arg(QString::fromUtf8(qualified), QString::fromUtf8(m_open.last())));
        return false;
    }
    m_open.removeLast();
    m_name = localPart(qualified);
    m_pos = p + 1;
    return true;
}

bool XmlScanner::decode(QByteArrayView raw, QByteArray *out)
{
    out->reserve(out->size() + raw.size());
    const char *p = raw.data();
    const char *end = p + raw.size();
    while (p < end) {
        const char c = *p;
        if (c == '\r') {
            // Line ends are read as \n, whichever way they were written.
            out->append('\n');
            p += (p + 1 < end && p[1] == '\n') ? 2 : 1;
            continue;
        }
        if (c != '&') {
            out->append(c);
            ++p;
            continue;
        }
        const void *semicolon = std::memchr(p, ';', size_t(std::min<qsizetype>(end - p, 12)));
        if (!semicolon)
            return false;
        const QByteArrayView entity(p + 1, static_cast<const char *>(semicolon) - (p + 1));
        p = static_cast<const char *>(semicolon) + 1;
        if (entity == "lt")
            out->append('<');
        else if (entity == "gt")
            out->append('>');
        else if (entity == "amp")
            out->append('&');
        else if (entity == "quot")
            out->append('"');
        else if (entity == "apos")
            out->append('\'');
        else if (entity.startsWith('#') && entity.size() > 1) {
            const bool hex = entity.at(1) == 'x';
            const QByteArrayView digits = entity.sliced(hex ? 2 : 1);
            bool ok = !digits.isEmpty();
            char32_t code = 0;
            for (char d : digits) {
                const int value = (d >= '0' && d <= '9')              ? d - '0'
                    : (hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f') ? (d | 0x20) - 'a' + 10
                                                                      : -1;
                if (value < 0 || code > 0x10FFFF) {
                    ok = false;
                    break;
                }
                code = code * (hex ? 16 : 10) + char32_t(value);
            }
            if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                return false;
            appendUtf8(out, code);
        } else {
            return false;
        }
    }
    return true;
}

QString XmlScanner::decoded(QByteArrayView raw) const
{
    if (!raw.contains('&') && !raw.contains('\r'))
        return QString::fromUtf8(raw);
    QByteArray out;
    decode(raw, &out);
    return QString::fromUtf8(out);
}

QString XmlScanner::attribute(const char *localName) const
{
    const QByteArrayView wanted(localName);
    for (const Attribute &a : m_attributes) {
        // Namespace declarations (xmlns, xmlns:r) are not attributes.
        if (a.name.startsWith("xmlns") && (a.name.size() == 5 || a.name.at(5) == ':'))
            continue;
        if (localPart(a.name) == wanted)
            return decoded(a.value);
    }
    return {};
}

QString XmlScanner::text() const
{
    if (m_token != Token::Text)
        return {};
    return m_textIsCData ? QString::fromUtf8(m_text) : decoded(m_text);
}

QString XmlScanner::elementText()
{
    if (m_token != Token::StartElement)
        return {};
    QString out;
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case Token::Text: out += text(); break;
        case Token::StartElement: ++depth; break;
        case Token::EndElement: --depth; break;
        case Token::End:
        case Token::Error: return out;
        }
    }
    return out;
}

} // namespace linli
