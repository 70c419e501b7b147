#include "xmlscanner.h"
#include "zipreader.h"

#include <QDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace linli;

class TestXmlScanner final : public QObject
{
    Q_OBJECT

    // The document as a list of events: "<name a=v b=w>", "</name>" and the text between tags
    // (adjacent pieces joined), names local and attributes sorted by their local name.
    static QStringList scanned(const QByteArray &xml, QString *error = nullptr)
    {
        QStringList events;
        XmlScanner s(xml);
        QString text;
        auto flush = [&] {
            if (!text.isEmpty())
                events << text;
            text.clear();
        };
        for (;;) {
            switch (s.next()) {
            case XmlScanner::Token::StartElement: {
                flush();
                QString e = QLatin1Char('<') + QString::fromUtf8(s.name());
                for (const char *name : {"a", "b", "id", "r", "s", "t", "Target"}) {
                    const QString v = s.attribute(name);
                    if (!v.isEmpty())
                        e += QStringLiteral(" %1=%2").arg(QLatin1String(name), v);
                }
                events << e + QLatin1Char('>');
                break;
            }
            case XmlScanner::Token::EndElement:
                flush();
                events << QStringLiteral("</%1>").arg(QString::fromUtf8(s.name()));
                break;
            case XmlScanner::Token::Text: text += s.text(); break;
            case XmlScanner::Token::End: flush(); return events;
            case XmlScanner::Token::Error:
                if (error)
                    *error = s.errorString();
                return {QStringLiteral("error")};
            }
        }
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
    void elementTextIncludesChildren();
};

void TestXmlScanner::sameAsQtOnWorkbookParts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("part");
    const QDir data(QStringLiteral(LINLI_TEST_DATA));
    for (const QString &file : data.entryList({QStringLiteral("*.xlsx")})) {
        if (file.startsWith(QLatin1String("broken-")))
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

void TestXmlScanner::sameAsQtOnWorkbookParts()
{
    // The parts that openpyxl, LibreOffice and this program wrote read the same as with Qt's
    // XML reader, event for event.
    QFETCH(QString, file);
    QFETCH(QString, part);
    ZipReader zip(file);
    QVERIFY(zip.open());
    auto xml = zip.read(part, 64 * 1024 * 1024);
    QVERIFY(xml.ok());
    const QStringList expected = streamed(xml.value());
    QVERIFY(expected.size() > 1);
    QCOMPARE(scanned(xml.value()), expected);
}

void TestXmlScanner::decodesText()
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\r\n<!-- a comment --><r a=\"&lt;&amp;&gt;&quot;&apos;\" "
                           "b='&#20303;&#x6237;'>王&amp;李\r\n第二行\r第三行<![CDATA[<b>&amp;</b>]]>&#x1F3E0;</r>";
    QCOMPARE(scanned(xml), streamed(xml));
    QCOMPARE(scanned(xml),
             (QStringList{QStringLiteral("<r a=<&>\"' b=住户>"),
                          QStringLiteral("王&李\n第二行\n第三行<b>&amp;</b>") + QString::fromUcs4(U"\U0001F3E0"),
                          QStringLiteral("</r>")}));
    // UTF-16 with its byte order mark reads as the same text.
    const QString text = QStringLiteral("<r><c t=\"s\">居民</c></r>");
    QByteArray utf16("\xFF\xFE", 2);
    utf16 += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QCOMPARE(scanned(utf16), scanned(text.toUtf8()));
}

void TestXmlScanner::localNames()
{
    const QByteArray xml = "<x:worksheet xmlns:x=\"urn:main\" xmlns:rel=\"urn:r\"><x:sheet rel:id=\"rId3\"/>"
                           "<x:c r=\"A1\"></x:c></x:worksheet>";
    QCOMPARE(scanned(xml),
             (QStringList{QStringLiteral("<worksheet>"), QStringLiteral("<sheet id=rId3>"), QStringLiteral("</sheet>"),
                          QStringLiteral("<c r=A1>"), QStringLiteral("</c>"), QStringLiteral("</worksheet>")}));
}

void TestXmlScanner::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("problem");
    const int malformed = int(XmlScanner::Problem::Malformed);
    QTest::newRow("empty") << QByteArray() << malformed;
    QTest::newRow("unclosed root") << QByteArray("<a><b></b>") << malformed;
    QTest::newRow("crossed tags") << QByteArray("<a><b></a></b>") << malformed;
    QTest::newRow("two roots") << QByteArray("<a/><b/>") << malformed;
    QTest::newRow("text outside") << QByteArray("x<a/>") << malformed;
    QTest::newRow("unquoted attribute") << QByteArray("<a b=1/>") << malformed;
    QTest::newRow("lt in attribute") << QByteArray("<a b=\"<\"/>") << malformed;
    QTest::newRow("unfinished tag") << QByteArray("<a b=\"1\"") << malformed;
    QTest::newRow("unfinished comment") << QByteArray("<a><!-- </a>") << malformed;
    QTest::newRow("bare lt") << QByteArray("<a>< b</a>") << malformed;
    QTest::newRow("dtd") << QByteArray("<!DOCTYPE a [<!ENTITY x \"xx\">]><a>&x;</a>") << int(XmlScanner::Problem::Dtd);
    QTest::newRow("undeclared entity") << QByteArray("<a>&nbsp;</a>") << int(XmlScanner::Problem::UndeclaredEntity);
    QTest::newRow("entity in attribute") << QByteArray("<a b=\"&x;\"/>") << int(XmlScanner::Problem::UndeclaredEntity);
    QTest::newRow("surrogate reference") << QByteArray("<a>&#xD800;</a>") << int(XmlScanner::Problem::UndeclaredEntity);
    QTest::newRow("nul reference") << QByteArray("<a>&#0;</a>") << int(XmlScanner::Problem::UndeclaredEntity);
}

void TestXmlScanner::refusesMalformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, problem);
    XmlScanner s(xml);
    XmlScanner::Token t;
    int steps = 0;
    do
        t = s.next();
    while (t != XmlScanner::Token::End && t != XmlScanner::Token::Error && ++steps < 100);
    QCOMPARE(t, XmlScanner::Token::Error);
    QCOMPARE(int(s.problem()), problem);
    QVERIFY(!s.errorString().isEmpty());
    QCOMPARE(s.next(), XmlScanner::Token::Error); // and it stays there
}

void TestXmlScanner::elementTextIncludesChildren()
{
    XmlScanner s("<si><r><t>王</t></r><r><rPr/><t xml:space=\"preserve\"> 秀英</t></r></si>");
    QCOMPARE(s.next(), XmlScanner::Token::StartElement);
    QCOMPARE(s.elementText(), QStringLiteral("王 秀英"));
    QVERIFY(s.isEnd("si"));
    QCOMPARE(s.next(), XmlScanner::Token::End);
    XmlScanner empty("<c><v/></c>");
    empty.next();
    QCOMPARE(empty.next(), XmlScanner::Token::StartElement);
    QCOMPARE(empty.elementText(), QString());
    QVERIFY(empty.isEnd("v"));
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
