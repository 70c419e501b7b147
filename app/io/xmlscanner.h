#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace linli {

// A pull reader for the XML of workbook parts, over UTF-8 text held in memory. A sheet of
// 80,000 rows is 60 MB of XML; this reads it several times faster than QXmlStreamReader, by
// handing out names and attribute values as views into the data and decoding only what is
// asked for.
//
// It checks what a workbook reader needs checked: tags closed in order, attributes quoted,
// one root element, characters after '&' one of the five predefined entities or a character
// reference. A DTD (<!DOCTYPE ...>) is refused, so no entity is ever declared or expanded.
// Names are matched by their local part: <x:c> is a <c>, r:id is id; namespace declarations
// are not attributes.
class XmlScanner final
{
public:
    enum class Token { StartElement, EndElement, Text, End, Error };
    enum class Problem { None, Malformed, Dtd, UndeclaredEntity };

    explicit XmlScanner(const QByteArray &data);

    // The next start tag, end tag or piece of text; End after the root element's end; Error
    // (see errorString()) when the XML is malformed. An empty element gives a start and an end.
    Token next();
    Token token() const { return m_token; }

    // The local name of the element just started or ended.
    QByteArrayView name() const { return m_name; }
    bool isStart(const char *localName) const
    {
        return m_token == Token::StartElement && m_name == QByteArrayView(localName);
    }
    bool isEnd(const char *localName) const
    {
        return m_token == Token::EndElement && m_name == QByteArrayView(localName);
    }
    // An attribute of the element just started, found by its local name, decoded; empty when
    // it has none of that name.
    QString attribute(const char *localName) const;
    // The text of the current Text token, decoded.
    QString text() const;
    // At a start tag: the text of everything up to the matching end tag (the text of any
    // child elements included), which is then the current token.
    QString elementText();

    Problem problem() const { return m_problem; }
    QString errorString() const { return m_error; }
    int lineNumber() const; // of the position reached

private:
    struct Attribute {
        QByteArrayView name;
        QByteArrayView value;
    };
    Token fail(Problem problem, const QString &why);
    bool readStartTag();
    bool readEndTag();
    static QByteArrayView localPart(QByteArrayView name);
    // Appends `raw` with its entity and character references replaced; false if one is not
    // known.
    static bool decode(QByteArrayView raw, QByteArray *out);
    QString decoded(QByteArrayView raw) const;

    QByteArray m_data;
    const char *m_begin = nullptr;
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    Token m_token = Token::Text;
    QByteArrayView m_name;
    QByteArrayView m_text; // raw text of a Text token
    bool m_textIsCData = false;
    bool m_pendingEnd = false; // an empty element's end still to come
    bool m_seenRoot = false;
    QList<Attribute> m_attributes;
    QList<QByteArrayView> m_open; // qualified names of the open elements
    Problem m_problem = Problem::None;
    QString m_error;
};

} // namespace linli
