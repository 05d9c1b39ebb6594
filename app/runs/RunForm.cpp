// app/runs/RunForm: field builders, settings, device selector, command-line preview and validation of the run forms.
#include "RunForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/ComputeDevices.h"

namespace xrs::app {

namespace {

const char* const kInvalidStyle = "border: 2px solid #d0312d;";

}  // namespace

RunForm::RunForm(const QString& kind, const QString& title, QWidget* parent) : QDialog(parent), m_kind(kind)
{
    setObjectName(kind + QStringLiteral("Form"));
    setWindowTitle(title);
    setModal(false);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("device"));
    m_device->setToolTip(tr("Where the computation runs; passed to the engine as --device"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("commandLine"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMaximumHeight(90);
    m_preview->setToolTip(tr("The exact command the job runs (read-only)"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_extra = new QVBoxLayout;

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("run"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &RunForm::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    // The options on the left, extra parts (the try-centre strip) beside them, the command line under both.
    auto* options = new QVBoxLayout;
    options->addLayout(m_form);
    options->addStretch(1);
    m_top = new QHBoxLayout;
    m_top->addLayout(options, 1);
    m_top->addLayout(m_extra, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_top, 1);
    layout->addWidget(new QLabel(tr("Command line"), this));
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_device, &QComboBox::currentIndexChanged, this, &RunForm::updatePreview);
}

void RunForm::finishForm()
{
    m_form->addRow(tr("Device"), m_device);  // last, under the subclass's fields
    // Room for paths; forms with a part beside the options (the try-centre strip) are wider.
    setMinimumWidth(m_extra->isEmpty() ? 560 : 960);
    m_top->setStretchFactor(m_extra, m_extra->isEmpty() ? 0 : 1);
    restoreSettings();
    m_building = false;
    updatePreview();
}

QLineEdit* RunForm::addPath(const QString& name, const QString& label, const QString& toolTip, PathMode mode,
                            const QString& filter)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    auto* browse = new QToolButton(this);
    browse->setObjectName(name + QStringLiteral("Browse"));
    browse->setText(QStringLiteral("…"));
    browse->setToolTip(tr("Choose…"));
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, mode, filter, label] {
        const QString start = text(edit);
        QString chosen;
        switch (mode) {
            case PathMode::OpenFile:
            case PathMode::OpenFileOrFolder:
                chosen = QFileDialog::getOpenFileName(this, label, start, filter);
                break;
            case PathMode::OpenFolder:
            case PathMode::SaveFolder:
                chosen = QFileDialog::getExistingDirectory(this, label, start);
                break;
            case PathMode::SaveFile:
                chosen = QFileDialog::getSaveFileName(this, label, start, filter);
                break;
        }
        if (!chosen.isEmpty()) edit->setText(QDir::toNativeSeparators(chosen));
    });
    addEditor(label, edit, row);
    return edit;
}

QLineEdit* RunForm::addLine(const QString& name, const QString& label, const QString& toolTip,
                            const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setToolTip(toolTip);
    edit->setPlaceholderText(placeholder);
    addEditor(label, edit);
    return edit;
}

QSpinBox* RunForm::addSpin(const QString& name, const QString& label, const QString& toolTip, int lo, int hi, int value,
                           const QString& special)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setToolTip(toolTip);
    spin->setRange(lo, hi);
    spin->setValue(value);
    spin->setSpecialValueText(special);
    addEditor(label, spin);
    return spin;
}

QDoubleSpinBox* RunForm::addDouble(const QString& name, const QString& label, const QString& toolTip, double lo,
                                   double hi, double value, int decimals, const QString& special)
{
    auto* spin = new QDoubleSpinBox(this);
    spin->setObjectName(name);
    spin->setToolTip(toolTip);
    spin->setDecimals(decimals);
    spin->setRange(lo, hi);
    spin->setValue(value);
    spin->setSpecialValueText(special);
    addEditor(label, spin);
    return spin;
}

QComboBox* RunForm::addCombo(const QString& name, const QString& label, const QString& toolTip,
                             const std::vector<std::pair<QString, QString>>& items, const QString& value)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setToolTip(toolTip);
    for (const auto& [text, data] : items) combo->addItem(text, data);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
    addEditor(label, combo);
    return combo;
}

QCheckBox* RunForm::addCheck(const QString& name, const QString& text, const QString& toolTip, bool value)
{
    auto* check = new QCheckBox(text, this);
    check->setObjectName(name);
    check->setToolTip(toolTip);
    check->setChecked(value);
    addEditor(QString(), check);
    return check;
}

void RunForm::addEditor(const QString& label, QWidget* editor, QWidget* rowWidget)
{
    QWidget* row = rowWidget ? rowWidget : editor;
    if (label.isEmpty())
        m_form->addRow(row);
    else
        m_form->addRow(label, row);
    registerEditor(label, editor);
}

void RunForm::registerEditor(const QString& label, QWidget* editor)
{
    m_editors.push_back(editor);
    m_labels.emplace_back(editor, label.isEmpty() ? editor->property("text").toString() : label);
    if (auto* e = qobject_cast<QLineEdit*>(editor)) connect(e, &QLineEdit::textChanged, this, &RunForm::updatePreview);
    if (auto* s = qobject_cast<QSpinBox*>(editor)) connect(s, &QSpinBox::valueChanged, this, &RunForm::updatePreview);
    if (auto* d = qobject_cast<QDoubleSpinBox*>(editor))
        connect(d, &QDoubleSpinBox::valueChanged, this, &RunForm::updatePreview);
    if (auto* c = qobject_cast<QComboBox*>(editor))
        connect(c, &QComboBox::currentIndexChanged, this, &RunForm::updatePreview);
    if (auto* c = qobject_cast<QCheckBox*>(editor)) connect(c, &QCheckBox::toggled, this, &RunForm::updatePreview);
}

QString RunForm::labelFor(const QWidget* field) const
{
    for (const auto& [editor, label] : m_labels)
        if (editor == field) return label;
    return field ? field->objectName() : QString();
}

remote::Job RunForm::job() const
{
    return remote::Job::xrs(m_kind, windowTitle(), arguments());
}

QString RunForm::commandLine() const
{
    return job().commandLine();
}

QString RunForm::device() const
{
    const QString id = m_device->currentData().toString();
    return id.isEmpty() ? QStringLiteral("cpu") : id;
}

void RunForm::setDevice(const QString& id)
{
    int index = m_device->findData(id);
    if (index < 0) {
        // A device the query has not (yet) listed: kept selectable so that a saved choice survives.
        m_device->addItem(id.toUpper(), id);
        index = m_device->count() - 1;
    }
    m_device->setCurrentIndex(index);
}

QStringList RunForm::deviceArguments() const
{
    return {QStringLiteral("--device"), device()};
}

QString RunForm::text(const QLineEdit* edit)
{
    return edit->text().trimmed();
}

QString RunForm::number(double v)
{
    return QLocale::c().toString(v, 'g', 12);
}

RunForm::ScanFields RunForm::addScanFields(const QString& scanToolTip)
{
    const QString scans = tr("Scans (*.h5 *.hdf5 *.hdf *.nxs *.tif *.tiff);;All files (*)");
    ScanFields f;
    f.scan = addPath(QStringLiteral("input"), tr("Scan"), scanToolTip, PathMode::OpenFileOrFolder, scans);
    f.flats = addPath(QStringLiteral("flats"), tr("Flat fields"), tr("TIFF flat fields, for TIFF projections only"),
                      PathMode::OpenFileOrFolder, scans);
    f.darks = addPath(QStringLiteral("darks"), tr("Dark fields"), tr("TIFF dark fields, for TIFF projections only"),
                      PathMode::OpenFileOrFolder, scans);
    return f;
}

QStringList RunForm::flatDarkArguments(const ScanFields& fields)
{
    QStringList a;
    if (!text(fields.flats).isEmpty()) a << QStringLiteral("--flats") << text(fields.flats);
    if (!text(fields.darks).isEmpty()) a << QStringLiteral("--darks") << text(fields.darks);
    return a;
}

RunForm::Problem RunForm::checkScanFields(const ScanFields& fields) const
{
    if (Problem p = requireExisting(fields.scan, tr("Scan")); p.field) return p;
    for (const QLineEdit* e : {fields.flats, fields.darks})
        if (!text(e).isEmpty())
            if (Problem p = requireExisting(e, labelFor(e)); p.field) return p;
    return {};
}

RunForm::Problem RunForm::requireGiven(const QLineEdit* edit, const QString& fieldName) const
{
    if (text(edit).isEmpty()) return {tr("%1: nothing given").arg(fieldName), const_cast<QLineEdit*>(edit)};
    return {};
}

RunForm::Problem RunForm::requireExisting(const QLineEdit* edit, const QString& fieldName) const
{
    if (Problem p = requireGiven(edit, fieldName); p.field) return p;
    if (!QFileInfo::exists(text(edit)))
        return {tr("%1: %2 does not exist").arg(fieldName, text(edit)), const_cast<QLineEdit*>(edit)};
    return {};
}

void RunForm::markInvalid(QWidget* field, bool invalid)
{
    if (!field) return;
    field->setProperty("invalid", invalid);
    field->setStyleSheet(invalid ? QString::fromLatin1(kInvalidStyle) : QString());
}

QString RunForm::validate()
{
    markInvalid(m_invalid, false);
    m_invalid = nullptr;
    const Problem p = check();
    if (p.message.isEmpty()) return {};
    m_invalid = p.field;
    markInvalid(m_invalid, true);
    if (m_invalid) m_invalid->setFocus();
    m_status->setText(p.message);
    return p.message;
}

bool RunForm::run()
{
    if (!validate().isEmpty()) return false;
    saveSettings();
    emit runRequested(job());
    return true;
}

void RunForm::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString RunForm::status() const
{
    return m_status->text();
}

void RunForm::updatePreview()
{
    if (m_building) return;
    // An edit clears the mark of the field that failed validation.
    if (m_invalid) {
        markInvalid(m_invalid, false);
        m_invalid = nullptr;
    }
    m_preview->setPlainText(commandLine());
}

void RunForm::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("runs/") + m_kind);
    for (const QWidget* w : m_editors) {
        QVariant value;
        if (auto* e = qobject_cast<const QLineEdit*>(w)) value = e->text();
        if (auto* s = qobject_cast<const QSpinBox*>(w)) value = s->value();
        if (auto* d = qobject_cast<const QDoubleSpinBox*>(w)) value = d->value();
        if (auto* c = qobject_cast<const QComboBox*>(w)) value = c->currentData();
        if (auto* c = qobject_cast<const QCheckBox*>(w)) value = c->isChecked();
        settings.setValue(w->objectName(), value);
    }
    settings.setValue(QStringLiteral("device"), device());
}

void RunForm::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("runs/") + m_kind);
    for (QWidget* w : m_editors) {
        const QVariant value = settings.value(w->objectName());
        if (!value.isValid()) continue;
        if (auto* e = qobject_cast<QLineEdit*>(w)) e->setText(value.toString());
        if (auto* s = qobject_cast<QSpinBox*>(w)) s->setValue(value.toInt());
        if (auto* d = qobject_cast<QDoubleSpinBox*>(w)) d->setValue(value.toDouble());
        if (auto* c = qobject_cast<QComboBox*>(w); c && c->findData(value) >= 0) c->setCurrentIndex(c->findData(value));
        if (auto* c = qobject_cast<QCheckBox*>(w)) c->setChecked(value.toBool());
    }
    const QString saved = settings.value(QStringLiteral("device")).toString();
    ComputeDevices::instance().attach(m_device, saved.isEmpty() ? ComputeDevices::instance().preferred() : saved);
}

}  // namespace xrs::app
