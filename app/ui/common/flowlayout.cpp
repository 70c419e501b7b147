#include "flowlayout.h"

#include <QBoxLayout>
#include <QWidget>

#include <algorithm>

namespace linli {

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

FlowLayout *FlowLayout::wrap(QBoxLayout *row)
{
    auto *parentLayout = qobject_cast<QBoxLayout *>(row->parent());
    auto *flow = new FlowLayout(nullptr, row->spacing() >= 0 ? row->spacing() : 6);
    while (QLayoutItem *item = row->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            flow->addWidget(w);
            delete item;
        } else if (QLayout *inner = item->layout()) {
            // A nested row (a label and its box): kept together as one item.
            auto *holder = new QWidget;
            inner->setParent(nullptr);
            holder->setLayout(inner);
            inner->setContentsMargins(0, 0, 0, 0);
            flow->addWidget(holder);
        } else {
            delete item; // stretch or spacer
        }
    }
    if (parentLayout) {
        const int at = parentLayout->indexOf(row);
        parentLayout->removeItem(row);
        parentLayout->insertLayout(std::max(0, at), flow);
    }
    delete row;
    return flow;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items << item;
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        width += item->sizeHint().width() + (width ? m_spacing : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

// Lays the items out in lines; a line's spare width goes to its expanding items (a search box).
int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    qsizetype first = 0;
    while (first < m_items.size()) {
        // One line: as many items as fit.
        int used = 0;
        qsizetype last = first;
        int lineHeight = 0;
        int expanding = 0;
        for (; last < m_items.size(); ++last) {
            const QLayoutItem *item = m_items.at(last);
            if (item->isEmpty())
                continue;
            const int w = item->sizeHint().width();
            const int needed = used ? used + m_spacing + w : w;
            if (used && needed > area.width())
                break;
            used = needed;
            lineHeight = std::max(lineHeight, item->sizeHint().height());
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (last == first)
            ++last; // an item wider than the line has the line to itself
        if (apply) {
            const int spare = std::max(0, area.width() - used);
            int x = area.x();
            for (qsizetype i = first; i < last; ++i) {
                QLayoutItem *item = m_items.at(i);
                if (item->isEmpty())
                    continue;
                int w = item->sizeHint().width();
                if (expanding && (item->expandingDirections() & Qt::Horizontal))
                    w += spare / expanding;
                w = std::min(w, area.width());
                item->setGeometry(QRect(x, y + (lineHeight - item->sizeHint().height()) / 2, w,
                                        item->sizeHint().height()));
                x += w + m_spacing;
            }
        }
        y += lineHeight + m_spacing;
        first = last;
    }
    const QMargins m = contentsMargins();
    return y - area.y() - (y > area.y() ? m_spacing : 0) + m.top() + m.bottom();
}

} // namespace linli
