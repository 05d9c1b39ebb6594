// app/runs/ReconForm: recon options → `xrs recon …`, and the try-centre sweep with its strip.
#include "ReconForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <exception>

#include "widgets/TryCenterStrip.h"

namespace xrs::app {

namespace {

const QRegularExpression kRowsPattern(QStringLiteral("^\\d*:\\d*$"));
const QRegularExpression kSweepPattern(QStringLiteral("^\\s*([-+0-9.eE]+):([-+0-9.eE]+):([-+0-9.eE]+)\\s*$"));
constexpr int kMaxTryCenters = 200;

bool isVolumeOutput(const QString& path)
{
    const QString lower = path.toLower();
    for (const char* ext : {".tif", ".tiff", ".h5", ".hdf5", ".hdf"})
        if (lower.endsWith(QLatin1String(ext))) return true;
    return path.endsWith(u'/');
}

}  // namespace

ReconForm::ReconForm(QWidget* parent) : RunForm(QStringLiteral("recon"), tr("Reconstruct CT"), parent)
{
    m_scanFields = addScanFields(tr("DXchange HDF5 file, or TIFF projections (file or folder) with flats and darks"));
    m_input = m_scanFields.scan;
    m_output = addPath(QStringLiteral("output"), tr("Output volume"),
                       tr("Reconstructed volume: .tif or .h5 (written atomically: it appears only when complete)"),
                       PathMode::SaveFile, tr("Volumes (*.tif *.h5)"));
    m_rows = addLine(QStringLiteral("rows"), tr("Detector rows"),
                     tr("Rows a:b to reconstruct (end exclusive, unbinned pixels); empty: all rows"), tr("all"));
    m_centerAuto = addCheck(QStringLiteral("centerAuto"), tr("Find the rotation centre automatically"),
                            tr("Off: use the centre below (try several with \u201cTry centres\u2026\u201d)"), true);
    m_center = addDouble(QStringLiteral("center"), tr("Rotation centre"),
                         tr("Rotation axis in unbinned detector pixels (from the left edge)"), -100000, 100000, 0, 3);
    m_scan = addCombo(QStringLiteral("scan"), tr("Scan range"),
                      tr("180° or 360° (stitched, the axis may be off-centre); auto: from the angles"),
                      {{tr("auto"), QStringLiteral("auto")},
                       {tr("180°"), QStringLiteral("180")},
                       {tr("360°"), QStringLiteral("360")}},
                      QStringLiteral("auto"));
    m_filter = addCombo(QStringLiteral("filter"), tr("Filter"), tr("Filtered backprojection filter"),
                        {{tr("Ram-Lak"), QStringLiteral("ramlak")},
                         {tr("Shepp-Logan"), QStringLiteral("shepp-logan")},
                         {tr("Chesler"), QStringLiteral("chesler")},
                         {tr("Cosine"), QStringLiteral("cosine")},
                         {tr("Hamming"), QStringLiteral("hamming")},
                         {tr("Hann"), QStringLiteral("hann")},
                         {tr("Parzen"), QStringLiteral("parzen")}},
                        QStringLiteral("ramlak"));
    m_ring = addCombo(QStringLiteral("ring"), tr("Ring removal"),
                      tr("Stripe removal on the sinograms: sorting, Fourier filter, large stripes, or all of them"),
                      {{tr("none"), QStringLiteral("none")},
                       {tr("sorting (window)"), QStringLiteral("sort")},
                       {tr("Fourier filter (sigma)"), QStringLiteral("filter")},
                       {tr("large stripes (window)"), QStringLiteral("large")},
                       {tr("all"), QStringLiteral("all")}},
                      QStringLiteral("none"));
    m_ringParam = addDouble(QStringLiteral("ringParameter"), tr("Ring parameter"),
                            tr("Window (odd, ≥ 3) for sorting and large stripes; sigma for the Fourier filter"), 0.1,
                            100001, 11, 1);
    m_zinger = addDouble(QStringLiteral("zinger"), tr("Zinger threshold"),
                         tr("Remove zingers deviating from the 3×3 median by more than this fraction; 0: off"), 0, 100,
                         0, 2, tr("off"));
    m_bin = addCombo(QStringLiteral("bin"), tr("Binning"), tr("Detector binning (mean of the raw counts)"),
                     {{QStringLiteral("1"), QStringLiteral("1")},
                      {QStringLiteral("2"), QStringLiteral("2")},
                      {QStringLiteral("4"), QStringLiteral("4")}},
                     QStringLiteral("1"));
    m_dtype = addCombo(QStringLiteral("dtype"), tr("Data type"),
                       tr("Type of the output values (integers are scaled from the value range)"),
                       {{QStringLiteral("float32"), QStringLiteral("float32")},
                        {QStringLiteral("uint16"), QStringLiteral("uint16")},
                        {QStringLiteral("uint8"), QStringLiteral("uint8")}},
                       QStringLiteral("float32"));
    m_storage = addCombo(QStringLiteral("storage"), tr("Projection storage"),
                         tr("Precision of the filtered projections in the backprojector: half precision needs half "
                            "the GPU memory and bandwidth (about 3 significant digits per sample)"),
                         {{tr("float32"), QStringLiteral("float32")}, {tr("float16 (half)"), QStringLiteral("float16")}},
                         QStringLiteral("float32"));
    m_chunk =
        addSpin(QStringLiteral("chunk"), tr("Rows per chunk"),
                tr("Detector rows reconstructed at a time; auto: from the memory budget"), 0, 1000000, 0, tr("auto"));
    m_memory = addSpin(QStringLiteral("memoryMb"), tr("Memory budget"), tr("Memory for the chunks"), 16, 1048576, 512);
    m_memory->setSuffix(tr(" MiB"));
    connect(m_centerAuto, &QCheckBox::toggled, m_center, [this](bool on) { m_center->setEnabled(!on); });
    connect(m_ring, &QComboBox::currentIndexChanged, this, [this] {
        const QString r = m_ring->currentData().toString();
        m_ringParam->setEnabled(r != u"none" && r != u"all");
    });

    // Try centres: one row, a range of candidate centres.
    auto* tryBox = new QGroupBox(tr("Try centres"), this);
    auto* tryForm = new QFormLayout(tryBox);
    m_tryRange = new QLineEdit(tryBox);
    m_tryRange->setObjectName(QStringLiteral("tryCenters"));
    m_tryRange->setPlaceholderText(QStringLiteral("A:B:STEP"));
    m_tryRange->setToolTip(tr("Candidate centres from A to B in steps of STEP (unbinned detector pixels)"));
    m_tryRow = new QSpinBox(tryBox);
    m_tryRow->setObjectName(QStringLiteral("tryRow"));
    m_tryRow->setRange(-1, 1000000);
    m_tryRow->setValue(-1);
    m_tryRow->setSpecialValueText(tr("middle"));
    m_tryRow->setToolTip(tr("The detector row whose slice is reconstructed for every candidate"));
    m_tryButton = new QPushButton(tr("Try Centres…"), tryBox);
    m_tryButton->setObjectName(QStringLiteral("tryCentersButton"));
    m_tryButton->setToolTip(tr("Reconstruct the row once per candidate centre and show the slices side by side"));
    auto* tryRow = new QHBoxLayout;
    tryRow->addWidget(m_tryRange, 1);
    tryRow->addWidget(m_tryButton);
    tryForm->addRow(tr("Centres"), tryRow);
    tryForm->addRow(tr("Row"), m_tryRow);
    m_strip = new widgets::TryCenterStrip(tryBox);
    m_strip->setObjectName(QStringLiteral("tryCenterStrip"));
    m_strip->hide();
    tryForm->addRow(m_strip);
    extraArea()->addWidget(tryBox);
    registerEditor(tr("Centres"), m_tryRange);
    registerEditor(tr("Row"), m_tryRow);
    connect(m_tryButton, &QPushButton::clicked, this, &ReconForm::tryCenters);
    connect(m_strip, &widgets::TryCenterStrip::centerChosen, this, &ReconForm::setCenter);
    finishForm();
    m_center->setEnabled(!m_centerAuto->isChecked());
    const QString r = m_ring->currentData().toString();
    m_ringParam->setEnabled(r != u"none" && r != u"all");
}

ReconForm::~ReconForm() = default;

QString ReconForm::output() const
{
    return text(m_output);
}

std::optional<double> ReconForm::center() const
{
    if (m_centerAuto->isChecked()) return std::nullopt;
    return m_center->value();
}

void ReconForm::setCenter(double value)
{
    m_centerAuto->setChecked(false);
    m_center->setValue(value);
    setStatus(tr("Centre set to %1").arg(number(m_center->value())));
}

QStringList ReconForm::commonArguments() const
{
    QStringList a;
    a << flatDarkArguments(m_scanFields);
    if (m_scan->currentData().toString() != u"auto") a << QStringLiteral("--scan") << m_scan->currentData().toString();
    a << QStringLiteral("--filter") << m_filter->currentData().toString();
    const QString ring = m_ring->currentData().toString();
    if (ring == u"all")
        a << QStringLiteral("--ring") << ring;
    else if (ring != u"none")
        a << QStringLiteral("--ring") << ring + u':' + number(m_ringParam->value());
    if (m_zinger->value() > 0) a << QStringLiteral("--zinger") << number(m_zinger->value());
    if (m_bin->currentData().toString() != u"1") a << QStringLiteral("--bin") << m_bin->currentData().toString();
    return a;
}

QStringList ReconForm::arguments() const
{
    QStringList a{QStringLiteral("recon"), text(m_input), QStringLiteral("-o"), output()};
    if (!text(m_rows).isEmpty()) a << QStringLiteral("--rows") << text(m_rows);
    a << QStringLiteral("--center") << (center() ? number(*center()) : QStringLiteral("auto"));
    a << commonArguments();
    a << QStringLiteral("--dtype") << m_dtype->currentData().toString();
    if (m_chunk->value() > 0) a << QStringLiteral("--chunk") << QString::number(m_chunk->value());
    if (m_memory->value() != 512) a << QStringLiteral("--memory-mb") << QString::number(m_memory->value());
    if (m_storage->currentData().toString() != u"float32")
        a << QStringLiteral("--storage") << m_storage->currentData().toString();
    a << deviceArguments();
    return a;
}

remote::Job ReconForm::job() const
{
    remote::Job j =
        remote::Job::xrs(kind(), tr("Reconstruct %1").arg(QFileInfo(text(m_input)).fileName()), arguments());
    j.inputs = {text(m_input)};
    if (!output().endsWith(u'/')) j.expectedOutputs = {output()};
    return j;
}

QStringList ReconForm::tryCenterArguments(const QString& outputFile) const
{
    QStringList a{QStringLiteral("recon"),        text(m_input),   QStringLiteral("-o"), outputFile,
                  QStringLiteral("--try-center"), text(m_tryRange)};
    if (m_tryRow->value() >= 0)
        a << QStringLiteral("--rows") << QStringLiteral("%1:%2").arg(m_tryRow->value()).arg(m_tryRow->value() + 1);
    else if (!text(m_rows).isEmpty())
        a << QStringLiteral("--rows") << text(m_rows);  // the middle row of the rows to reconstruct
    a << commonArguments() << deviceArguments();
    return a;
}

RunForm::Problem ReconForm::check() const
{
    if (Problem p = checkScanFields(m_scanFields); p.field) return p;
    if (Problem p = requireGiven(m_output, tr("Output volume")); p.field) return p;
    if (!isVolumeOutput(output()))
        return {tr("Output volume: %1 must end in .tif, .h5 or / (a folder)").arg(output()), m_output};
    if (!text(m_rows).isEmpty() && !kRowsPattern.match(text(m_rows)).hasMatch())
        return {tr("Detector rows: \u201c%1\u201d must look like a:b").arg(text(m_rows)), m_rows};
    const QString ring = m_ring->currentData().toString();
    const double w = m_ringParam->value();
    if ((ring == u"sort" || ring == u"large") && (w < 3 || w != std::floor(w) || std::fmod(w, 2.0) != 1.0))
        return {tr("Ring parameter: the window must be an odd whole number ≥ 3"), m_ringParam};
    return {};
}

RunForm::Problem ReconForm::checkTry() const
{
    if (Problem p = requireExisting(m_input, tr("Scan")); p.field) return p;
    const auto m = kSweepPattern.match(text(m_tryRange));
    bool okA = false, okB = false, okS = false;
    const double a = m.hasMatch() ? m.captured(1).toDouble(&okA) : 0;
    const double b = m.hasMatch() ? m.captured(2).toDouble(&okB) : 0;
    const double step = m.hasMatch() ? m.captured(3).toDouble(&okS) : 0;
    if (!okA || !okB || !okS || !(step > 0) || !(b >= a))
        return {tr("Centres: \u201c%1\u201d must be A:B:STEP with A ≤ B and STEP > 0").arg(text(m_tryRange)),
                m_tryRange};
    if ((b - a) / step + 1 > kMaxTryCenters)
        return {tr("Centres: at most %1 candidates at a time").arg(kMaxTryCenters), m_tryRange};
    return {};
}

void ReconForm::setSweepRunning(bool running)
{
    m_tryButton->setEnabled(!running);
}

bool ReconForm::isSweepRunning() const
{
    return !m_tryButton->isEnabled();
}

bool ReconForm::tryCenters()
{
    if (isSweepRunning()) return false;
    if (const Problem p = checkTry(); p.field) {
        if (p.field) p.field->setFocus();
        setStatus(p.message);
        return false;
    }
    m_tryDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("xrs-try-center-XXXXXX")));
    if (!m_tryDir->isValid()) {
        setStatus(tr("Cannot make a temporary folder: %1").arg(m_tryDir->errorString()));
        return false;
    }
    saveSettings();
    const QString file = m_tryDir->filePath(QStringLiteral("try_center.tif"));
    remote::Job j =
        remote::Job::xrs(QStringLiteral("try-center"),
                         tr("Try centres %1 on %2").arg(text(m_tryRange), QFileInfo(text(m_input)).fileName()),
                         tryCenterArguments(file));
    j.inputs = {text(m_input)};
    j.expectedOutputs = {file};
    setStatus(tr("Trying centres %1…").arg(text(m_tryRange)));
    setSweepRunning(true);
    emit runRequested(j);
    return true;
}

bool ReconForm::showTryCenters(const QString& file)
{
    try {
        m_strip->loadFile(file);
    } catch (const std::exception& e) {
        setStatus(tr("Cannot show the try-centre slices: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_strip->show();
    setStatus(tr("%n centre(s) tried: click the sharpest slice to use its centre", nullptr, m_strip->count()));
    return true;
}

}  // namespace xrs::app
