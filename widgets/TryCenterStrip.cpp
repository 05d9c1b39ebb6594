// widgets/TryCenterStrip: thumbnails of a try-centre sweep in a common window, a large preview, click to choose.
#include "TryCenterStrip.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/Error.h"
#include "io/StackSource.h"
#include "widgets/ImageView.h"

namespace xrs::widgets {

namespace {

constexpr int kThumbSide = 112;
constexpr int kPreviewSide = 320;
constexpr double kLowFraction = 0.0035, kHighFraction = 0.9965;  // as ImageView's automatic window

}  // namespace

TryCenterStrip::TryCenterStrip(QWidget* parent) : QWidget(parent)
{
    m_row = new QWidget(this);
    m_rowLayout = new QHBoxLayout(m_row);
    m_rowLayout->setContentsMargins(2, 2, 2, 2);
    m_rowLayout->setSpacing(4);
    m_rowLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("tryCenterThumbnails"));
    m_scroll->setWidget(m_row);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setMinimumHeight(kThumbSide + 48);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("tryCenterPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(kPreviewSide / 2, kPreviewSide / 2);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_previewCaption = new QLabel(this);
    m_previewCaption->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewCaption);
    layout->addWidget(m_scroll);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        select(id);
        emit centerChosen(center(id));
    });
}

QString TryCenterStrip::label(int index) const
{
    // Two decimals as in the CLI's file names; more only when the sweep step needs them.
    const double c = center(index);
    const bool fine = std::abs(c * 100.0 - std::round(c * 100.0)) > 1e-6;
    return tr("centre %1").arg(QString::number(c, 'f', fine ? 4 : 2));
}

QAbstractButton* TryCenterStrip::thumbnail(int index) const
{
    return m_group->button(index);
}

void TryCenterStrip::clear()
{
    for (QAbstractButton* b : m_group->buttons()) {
        m_group->removeButton(b);
        delete b;
    }
    m_slices = ImageStack();
    m_centers.clear();
    m_selected = m_previewIndex = -1;
    m_preview->clear();
    m_previewCaption->clear();
}

void TryCenterStrip::setSlices(ImageStack slices, std::vector<double> centers)
{
    if (std::int64_t(centers.size()) != slices.frames())
        throw std::invalid_argument("TryCenterStrip: one centre per slice needed");
    clear();
    m_slices = std::move(slices);
    m_centers = std::move(centers);
    m_range = percentileRange(m_slices, kLowFraction, kHighFraction).value_or(ValueRange{0.0, 1.0});
    if (!(m_range.max > m_range.min)) m_range.max = m_range.min + 1.0;
    for (int i = 0; i < count(); ++i) {
        auto* button = new QToolButton(m_row);
        button->setObjectName(QStringLiteral("tryCenter%1").arg(i));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize(QSize(kThumbSide, kThumbSide));
        button->setIcon(QPixmap::fromImage(renderSlice(i, kThumbSide)));
        button->setText(label(i));
        button->setToolTip(tr("Click to use centre %1").arg(m_centers[std::size_t(i)], 0, 'f', 4));
        button->installEventFilter(this);
        m_group->addButton(button, i);
        m_rowLayout->insertWidget(i, button);
    }
    showPreview(count() > 0 ? 0 : -1);
}

void TryCenterStrip::loadFile(const QString& path)
{
    const std::filesystem::path file(QFile::encodeName(path).toStdString());
    auto source = io::openStack(file);
    ImageStack slices = source->read(Range::all());
    // HDF5 keeps the metadata (center_<i>); TIFF keeps the provenance lines ("frame <i>: center <c>").
    const StackInfo& info = source->info();
    std::vector<double> centers;
    for (std::int64_t i = 0; i < slices.frames(); ++i) {
        const std::string key = "center_" + std::to_string(i);
        std::string text;
        if (const auto it = info.metadata.find(key); it != info.metadata.end()) text = it->second;
        const std::string line = "frame " + std::to_string(i) + ": center ";
        for (const std::string& p : info.provenance)
            if (text.empty() && p.starts_with(line)) text = p.substr(line.size());
        try {
            centers.push_back(std::stod(text));
        } catch (const std::logic_error&) {
            throw Error(file, "slice " + std::to_string(i), "no centre label; not a try-centre stack?");
        }
    }
    setSlices(std::move(slices), std::move(centers));
}

void TryCenterStrip::select(int index)
{
    if (index < 0 || index >= count()) return;
    m_selected = index;
    if (QAbstractButton* b = thumbnail(index)) {
        if (!b->isChecked()) b->setChecked(true);
        m_scroll->ensureWidgetVisible(b);
    }
    showPreview(index);
}

QImage TryCenterStrip::renderSlice(int index, int maxSide) const
{
    const ImageStack slice = m_slices.frame(index);
    QImage image(int(slice.cols()), int(slice.rows()), QImage::Format_Grayscale8);
    const double scale = 255.0 / (m_range.max - m_range.min);
    for (int r = 0; r < image.height(); ++r) {
        uchar* line = image.scanLine(r);
        const auto values = slice.row(0, r);
        for (int c = 0; c < image.width(); ++c) {
            const double v =
                std::isfinite(values[std::size_t(c)]) ? (values[std::size_t(c)] - m_range.min) * scale : 0.0;
            line[c] = uchar(std::clamp(std::lround(v), 0L, 255L));
        }
    }
    return image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

void TryCenterStrip::showPreview(int index)
{
    m_previewIndex = index;
    if (index < 0) {
        m_preview->clear();
        m_previewCaption->clear();
        return;
    }
    const int side = std::max(64, std::min(m_preview->width(), m_preview->height()));
    m_preview->setPixmap(QPixmap::fromImage(renderSlice(index, side)));
    m_previewCaption->setText(index == m_selected ? tr("%1 (chosen)").arg(label(index)) : label(index));
}

bool TryCenterStrip::eventFilter(QObject* watched, QEvent* event)
{
    if (auto* button = qobject_cast<QAbstractButton*>(watched)) {
        const int id = m_group->id(button);
        if (id >= 0 && event->type() == QEvent::Enter) showPreview(id);
        if (id >= 0 && event->type() == QEvent::Leave) showPreview(m_selected >= 0 ? m_selected : id);
    }
    return QWidget::eventFilter(watched, event);
}

void TryCenterStrip::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_previewIndex >= 0) showPreview(m_previewIndex);
}

}  // namespace xrs::widgets
