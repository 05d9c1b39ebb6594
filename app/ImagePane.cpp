// app/ImagePane: titled ImageView pane.
#include "ImagePane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/ImageView.h"

namespace xrs::app {

ImagePane::ImagePane(const QString& title, const QString& toolTip, QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(title, this);
    m_title->setToolTip(toolTip);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("\u00d7"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close this pane"));
    connect(close, &QToolButton::clicked, this, [this] { emit closeRequested(this); });

    m_view = new widgets::ImageView(this);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 2, 0);
    header->addWidget(m_title, 1);
    header->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

QString ImagePane::title() const { return m_title->text(); }

void ImagePane::setTitle(const QString& title, const QString& toolTip)
{
    m_title->setText(title);
    m_title->setToolTip(toolTip);
}

}  // namespace xrs::app
