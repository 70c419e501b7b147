#include "figureobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace linli {

namespace {

constexpr int kFigureObject = QTextFormat::UserObject + 1;
constexpr int kFigureIndex = QTextFormat::UserProperty + 1;

} // namespace

FigureObject::FigureObject(const PrintDocument::Figures &figures, QObject *parent) : QObject(parent), m_figures(figures)
{
}

void FigureObject::place(QTextDocument &document, const PrintDocument::Figures &figures)
{
    auto *handler = new FigureObject(figures, &document);
    document.documentLayout()->registerHandler(kFigureObject, handler);
    // Where each figure's image stands (blocks in table cells included), then each replaced.
    QList<std::pair<int, qsizetype>> found; // position, figure
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            const QString name = fragment.charFormat().toImageFormat().name();
            for (qsizetype i = 0; i < figures.size(); ++i) {
                if (figures.at(i).name == name) {
                    for (int k = 0; k < fragment.length(); ++k)
                        found.append({fragment.position() + k, i});
                }
            }
        }
    }
    for (const auto &[position, index] : found) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format = cursor.charFormat();
        format.setObjectType(kFigureObject);
        format.setProperty(kFigureIndex, int(index));
        cursor.setCharFormat(format);
    }
}

const PrintDocument::Figure *FigureObject::figureOf(const QTextFormat &format) const
{
    const int index = format.intProperty(kFigureIndex);
    return index >= 0 && index < m_figures.size() ? &m_figures.at(index) : nullptr;
}

QSizeF FigureObject::intrinsicSize(QTextDocument * /*document*/, int /*position*/, const QTextFormat &format)
{
    const PrintDocument::Figure *figure = figureOf(format);
    return figure ? figure->size : QSizeF();
}

void FigureObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument * /*document*/, int /*position*/,
                              const QTextFormat &format)
{
    const PrintDocument::Figure *figure = figureOf(format);
    if (!figure || !figure->paint)
        return;
    painter->save();
    figure->paint(*painter, rect);
    painter->restore();
}

} // namespace linli
