#pragma once

#include "printdocument.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace linli {

// Draws a part's figures where its HTML has <img src="NAME">: the image is replaced by an
// object of the document's own that keeps the figure's size in the layout and paints it when
// the page is painted. Owned by the document it draws in.
class FigureObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // Puts `figures` in place of the images of the same name in `document`.
    static void place(QTextDocument &document, const PrintDocument::Figures &figures);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    FigureObject(const PrintDocument::Figures &figures, QObject *parent);
    const PrintDocument::Figure *figureOf(const QTextFormat &format) const;

    PrintDocument::Figures m_figures;
};

} // namespace linli
