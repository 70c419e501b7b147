#pragma once

#include <QLayout>
#include <QList>

class QBoxLayout;

namespace linli {

// A row of controls that wraps onto a second line when the window is narrow (a filter bar, the
// buttons over a list), so that a page fits a 1024×600 laptop without cutting a label. Items
// keep their size hints; a stretchable one (a search box) takes what is left on its line.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    // Replaces the row `row` (its widgets, in order) by a flow layout at the same place in its
    // parent layout; stretches and spacers are dropped. Returns the new layout.
    static FlowLayout *wrap(QBoxLayout *row);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const;
    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace linli
