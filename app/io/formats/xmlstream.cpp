#include "xmlstream.h"

#include <expat.h>

#include <climits>
#include <cstring>

namespace linli {

XmlStream::XmlStream(XmlHandler &handler, QString part) : m_handler(handler), m_part(std::move(part))
{
    XML_Parser parser = XML_ParserCreate(nullptr);
    m_parser = parser;
    if (!parser)
        return;
    XML_SetUserData(parser, this);
    XML_SetElementHandler(parser, &XmlStream::onStart, &XmlStream::onEnd);
    XML_SetCharacterDataHandler(parser, &XmlStream::onText);
    XML_SetStartDoctypeDeclHandler(parser, &XmlStream::onDoctype);
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream()
{
    if (m_parser)
        XML_ParserFree(static_cast<XML_Parser>(m_parser));
}

bool XmlStream::feed(const char *data, qsizetype size, bool last)
{
    auto *parser = static_cast<XML_Parser>(m_parser);
    if (!parser) {
        m_error = tr("The part %1 cannot be read: out of memory.").arg(m_part);
        return false;
    }
    if (!m_error.isEmpty())
        return false;
    // expat takes an int at a time.
    do {
        const int piece = int(std::min<qsizetype>(size, INT_MAX / 2));
        const bool final = last && piece == size;
        if (XML_Parse(parser, data, piece, final) != XML_STATUS_OK) {
            if (m_error.isEmpty())
                m_error = tr("The part %1 is not well-formed XML (line %2, column %3): %4.")
                              .arg(m_part)
                              .arg(XML_GetCurrentLineNumber(parser))
                              .arg(XML_GetCurrentColumnNumber(parser) + 1)
                              .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(parser))));
            return false;
        }
        data += piece;
        size -= piece;
    } while (size > 0);
    return m_error.isEmpty();
}

void XmlStream::stop(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
    XML_StopParser(static_cast<XML_Parser>(m_parser), XML_FALSE);
}

QByteArrayView XmlStream::localPart(const char *name)
{
    const char *colon = std::strrchr(name, ':');
    return QByteArrayView(colon ? colon + 1 : name);
}

const char *XmlStream::attribute(const char **attributes, const char *localName)
{
    const size_t length = std::strlen(localName);
    for (const char **a = attributes; a && a[0]; a += 2) {
        const char *name = a[0];
        // Unprefixed names, the most common, compare at once.
        if (std::strncmp(name, localName, length) == 0 && name[length] == '\0') {
            if (std::strcmp(name, "xmlns") != 0)
                return a[1];
            continue;
        }
        const char *colon = std::strchr(name, ':');
        // Namespace declarations (xmlns:r) are not attributes.
        if (!colon || (colon - name == 5 && std::strncmp(name, "xmlns", 5) == 0))
            continue;
        if (std::strcmp(colon + 1, localName) == 0)
            return a[1];
    }
    return nullptr;
}

void XmlStream::onStart(void *self, const char *name, const char **attributes)
{
    auto *stream = static_cast<XmlStream *>(self);
    stream->m_handler.startElement(localPart(name), attributes);
}

void XmlStream::onEnd(void *self, const char *name)
{
    static_cast<XmlStream *>(self)->m_handler.endElement(localPart(name));
}

void XmlStream::onText(void *self, const char *text, int length)
{
    static_cast<XmlStream *>(self)->m_handler.text(QByteArrayView(text, length));
}

void XmlStream::onDoctype(void *self, const char *, const char *, const char *, int)
{
    auto *stream = static_cast<XmlStream *>(self);
    stream->stop(tr("The part %1 declares a DTD, which workbooks never do; it is refused.").arg(stream->m_part));
}

} // namespace linli
