#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace linli {

// What an XML part's reader does with its start tags, end tags and text.
class XmlHandler
{
public:
    virtual ~XmlHandler() = default;
    // `attributes` is expat's list of name, value, ..., nullptr.
    virtual void startElement(QByteArrayView localName, const char **attributes) = 0;
    virtual void endElement(QByteArrayView localName) = 0;
    // Text arrives in pieces; a handler keeps only what it wants.
    virtual void text(QByteArrayView piece) { Q_UNUSED(piece) }
};

// The XML of one part of a workbook, parsed by expat as it is unpacked, piece by piece, so that
// a part is never held whole. Names are matched by their local part (<x:c> is a <c>, r:id is
// id). A DTD is refused (workbooks never have one), so no entity is ever declared or expanded.
// The handler may stop the parse with its own reason.
class XmlStream final
{
    Q_DECLARE_TR_FUNCTIONS(XmlStream)
public:
    XmlStream(XmlHandler &handler, QString part);
    ~XmlStream();
    XmlStream(const XmlStream &) = delete;
    XmlStream &operator=(const XmlStream &) = delete;

    // Parses the next piece; `last` at the end of the part. False once the part is malformed
    // or the handler stopped: error() says why and where.
    bool feed(const char *data, qsizetype size, bool last);
    // Called by the handler: stop here, for this reason (a complete sentence).
    void stop(const QString &reason);
    QString error() const { return m_error; }

    // The value of an attribute by its local name, or null.
    static const char *attribute(const char **attributes, const char *localName);
    static QByteArrayView localPart(const char *name);

private:
    static void onStart(void *self, const char *name, const char **attributes);
    static void onEnd(void *self, const char *name);
    static void onText(void *self, const char *text, int length);
    static void onDoctype(void *self, const char *, const char *, const char *, int);

    XmlHandler &m_handler;
    QString m_part;
    void *m_parser = nullptr; // expat's XML_Parser
    QString m_error;
};

} // namespace linli
