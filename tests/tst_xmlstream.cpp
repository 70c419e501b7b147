#include "xmlstream.h"
#include "zipreader.h"

#include <QDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace linli;

class TestXmlStream final : public QObject
{
    Q_OBJECT

    // The document as a list of events: "<name a=v b=w>", "</name>" and the text between tags
    // (adjacent pieces joined), names local and attributes sorted by their local name; fed to
    // the parser `piece` bytes at a time.
    class Recorder final : public XmlHandler
    {
    public:
        QStringList events;
        QByteArray pending; // text since the last tag
        XmlStream *stream = nullptr;
        QByteArrayView stopAt; // an element whose start stops the parse
        void flush()
        {
            if (!pending.isEmpty())
                events << QString::fromUtf8(pending);
            pending.clear();
        }
        void startElement(QByteArrayView name, const char **attributes) override
        {
            flush();
            if (!stopAt.isEmpty() && name == stopAt)
                return stream->stop(QStringLiteral("stopped at %1").arg(QString::fromUtf8(name)));
            QString e = QLatin1Char('<') + QString::fromUtf8(name);
            for (const char *n : {"a", "b", "id", "r", "s", "t", "Target"}) {
                const QString v = QString::fromUtf8(XmlStream::attribute(attributes, n));
                if (!v.isEmpty())
                    e += QStringLiteral(" %1=%2").arg(QLatin1String(n), v);
            }
            events << e + QLatin1Char('>');
        }
        void endElement(QByteArrayView name) override
        {
            flush();
            events << QStringLiteral("</%1>").arg(QString::fromUtf8(name));
        }
        void text(QByteArrayView piece) override { pending.append(piece); }
    };

    static QStringList scanned(const QByteArray &xml, qsizetype piece = 1 << 20, QString *error = nullptr,
                               QByteArrayView stopAt = {})
    {
        Recorder recorder;
        recorder.stopAt = stopAt;
        XmlStream stream(recorder, QStringLiteral("xl/test.xml"));
        recorder.stream = &stream;
        bool ok = true;
        for (qsizetype at = 0; ok && at < xml.size(); at += piece)
            ok = stream.feed(xml.constData() + at, std::min(piece, xml.size() - at), false);
        if (ok)
            ok = stream.feed(nullptr, 0, true);
        if (!ok) {
            if (error)
                *error = stream.error();
            return {QStringLiteral("error")};
        }
        recorder.flush();
        return recorder.events;
    }

    // The same events as Qt's own reader sees them.
    static QStringList streamed(const QByteArray &xml)
    {
        QStringList events;
        QXmlStreamReader r(xml);
        QString text;
        auto flush = [&] {
            if (!text.isEmpty())
                events << text;
            text.clear();
        };
        while (!r.atEnd()) {
            switch (r.readNext()) {
            case QXmlStreamReader::StartElement: {
                flush();
                QString e = QLatin1Char('<') + r.name().toString();
                for (const char *name : {"a", "b", "id", "r", "s", "t", "Target"}) {
                    QString v;
                    for (const QXmlStreamAttribute &a : r.attributes())
                        if (a.name() == QLatin1String(name))
                            v = a.value().toString();
                    if (!v.isEmpty())
                        e += QStringLiteral(" %1=%2").arg(QLatin1String(name), v);
                }
                events << e + QLatin1Char('>');
                break;
            }
            case QXmlStreamReader::EndElement:
                flush();
                events << QStringLiteral("</%1>").arg(r.name().toString());
                break;
            case QXmlStreamReader::Characters: text += r.text().toString(); break;
            default: break;
            }
        }
        if (r.hasError())
            return {QStringLiteral("error")};
        flush();
        return events;
    }

private slots:
    void sameAsQtOnWorkbookParts_data();
    void sameAsQtOnWorkbookParts();
    void decodesText();
    void localNames();
    void refusesMalformed_data();
    void refusesMalformed();
    void handlerStops();
};

void TestXmlStream::sameAsQtOnWorkbookParts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("part");
    const QDir data(QStringLiteral(LINLI_TEST_DATA));
    for (const QString &file : data.entryList({QStringLiteral("*.xlsx")})) {
        if (file.startsWith(QLatin1String("broken-")) || file.startsWith(QLatin1String("hostile-")))
            continue;
        ZipReader zip(data.filePath(file));
        QVERIFY(zip.open());
        for (const char *part :
             {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
              "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "docProps/core.xml"}) {
            if (zip.has(QString::fromLatin1(part)))
                QTest::addRow("%s %s", qPrintable(file), part) << data.filePath(file) << QString::fromLatin1(part);
        }
    }
}

void TestXmlStream::sameAsQtOnWorkbookParts()
{
    // The parts that openpyxl, LibreOffice and this program wrote read the same as with Qt's
    // XML reader, event for event, whether fed whole or in pieces that split names, attributes,
    // references and UTF-8 characters.
    QFETCH(QString, file);
    QFETCH(QString, part);
    ZipReader zip(file);
    QVERIFY(zip.open());
    auto xml = zip.read(part, 64 * 1024 * 1024);
    QVERIFY(xml.ok());
    const QStringList expected = streamed(xml.value());
    QVERIFY(expected.size() > 1);
    QCOMPARE(scanned(xml.value()), expected);
    QCOMPARE(scanned(xml.value(), 1), expected);
    QCOMPARE(scanned(xml.value(), 7), expected);
}

void TestXmlStream::decodesText()
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\r\n<!-- a comment --><r a=\"&lt;&amp;&gt;&quot;&apos;\" "
                           "b='&#20303;&#x6237;'>王&amp;李\r\n第二行\r第三行<![CDATA[<b>&amp;</b>]]>&#x1F3E0;</r>";
    QCOMPARE(scanned(xml), streamed(xml));
    QCOMPARE(scanned(xml, 3),
             (QStringList{QStringLiteral("<r a=<&>\"' b=住户>"),
                          QStringLiteral("王&李\n第二行\n第三行<b>&amp;</b>") + QString::fromUcs4(U"\U0001F3E0"),
                          QStringLiteral("</r>")}));
    // UTF-16 with its byte order mark reads as the same text.
    const QString text = QStringLiteral("<r><c t=\"s\">居民</c></r>");
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QCOMPARE(scanned(utf16, 5), scanned(text.toUtf8()));
}

void TestXmlStream::localNames()
{
    const QByteArray xml = "<x:worksheet xmlns:x=\"urn:main\" xmlns:rel=\"urn:r\"><x:sheet rel:id=\"rId3\"/>"
                           "<x:c r=\"A1\"></x:c></x:worksheet>";
    QCOMPARE(scanned(xml),
             (QStringList{QStringLiteral("<worksheet>"), QStringLiteral("<sheet id=rId3>"), QStringLiteral("</sheet>"),
                          QStringLiteral("<c r=A1>"), QStringLiteral("</c>"), QStringLiteral("</worksheet>")}));
}

void TestXmlStream::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("says"); // what the message names
    const QString where = QStringLiteral("xl/test.xml");
    QTest::newRow("empty") << QByteArray() << where;
    QTest::newRow("unclosed root") << QByteArray("<a><b></b>") << where;
    QTest::newRow("crossed tags") << QByteArray("<a><b></a></b>") << QStringLiteral("line 1, column 9");
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << where;
    QTest::newRow("text outside") << QByteArray("x<a/>") << where;
    QTest::newRow("unquoted attribute") << QByteArray("<a b=1/>") << where;
    QTest::newRow("lt in attribute") << QByteArray("<a b=\"<\"/>") << where;
    QTest::newRow("unfinished tag") << QByteArray("<a b=\"1\"") << where;
    QTest::newRow("unfinished comment") << QByteArray("<a><!-- </a>") << where;
    QTest::newRow("bare lt") << QByteArray("<a>< b</a>") << where;
    QTest::newRow("dtd") << QByteArray("<!DOCTYPE a [<!ENTITY x \"xx\">]><a>&x;</a>") << QStringLiteral("DTD");
    QTest::newRow("external dtd") << QByteArray("<!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a/>")
                                  << QStringLiteral("DTD");
    QTest::newRow("undeclared entity") << QByteArray("<a>&nbsp;</a>") << QStringLiteral("entity");
    QTest::newRow("entity in attribute") << QByteArray("<a b=\"&x;\"/>") << QStringLiteral("entity");
    QTest::newRow("surrogate reference") << QByteArray("<a>&#xD800;</a>") << where;
    QTest::newRow("nul reference") << QByteArray("<a>&#0;</a>") << where;
    QTest::newRow("bad utf-8") << QByteArray("<a>\xC3\x28</a>") << where;
}

void TestXmlStream::refusesMalformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, says);
    for (qsizetype piece : {qsizetype(1), qsizetype(1 << 20)}) {
        QString error;
        QCOMPARE(scanned(xml, piece, &error), QStringList{QStringLiteral("error")});
        QVERIFY2(error.contains(says), qPrintable(error));
    }
}

void TestXmlStream::handlerStops()
{
    // A handler's own reason is what the caller hears, and nothing after it is parsed.
    QString error;
    QCOMPARE(scanned("<a><b/><c/><d/></a>", 2, &error, "c"), QStringList{QStringLiteral("error")});
    QCOMPARE(error, QStringLiteral("stopped at c"));
}

QTEST_GUILESS_MAIN(TestXmlStream)
#include "tst_xmlstream.moc"
