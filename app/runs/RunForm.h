#pragma once
// app/runs/RunForm: the common part of the Run menu's parameter forms (non-modal dialogs): a form of editors that
// each map to an `xrs` option, a device selector (ComputeDevices), a read-only preview of the exact command line,
// validation that marks the offending field, and Run, which emits the job for the main window's LocalRunner.
// Every editor has a stable objectName and its value is remembered in QSettings (group "runs/<kind>").
// Subclasses (ReconForm, FuseForm, DenoiseForm, TrainForm) add their fields and build the argument list.
#include <QDialog>
#include <QStringList>

#include <vector>

#include "remote/Job.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace xrs::app {

class RunForm : public QDialog {
    Q_OBJECT
public:
    // kind: the CLI subcommand ("recon", …); also the settings group runs/<kind>.
    RunForm(const QString& kind, const QString& title, QWidget* parent = nullptr);

    QString kind() const { return m_kind; }
    // The subcommand and its options, as Job::arguments hold them (no --progress flag).
    virtual QStringList arguments() const = 0;
    // The job Run submits: arguments(), its title and the outputs that must exist afterwards.
    virtual remote::Job job() const;
    // The preview text: the command line as it will run.
    QString commandLine() const;

    // Checks the values; on a problem marks the field (property "invalid"), shows the message and returns it.
    // Empty when the form can run.
    QString validate();
    // The device id chosen ("cpu", "cuda:0", …).
    QString device() const;
    void setDevice(const QString& id);

    // Validates, remembers the values and emits runRequested(job()). False when validation refused.
    bool run();
    // Shows a line under the form (job submitted, job finished, …).
    void setStatus(const QString& text);
    QString status() const;

    void saveSettings() const;
    void restoreSettings();

signals:
    void runRequested(const xrs::remote::Job& job);

protected:
    enum class PathMode { OpenFile, OpenFolder, OpenFileOrFolder, SaveFile, SaveFolder };

    // Field builders: each editor gets `name` as objectName, the tooltip, a row labelled `label`, refreshes the
    // preview when it changes and is remembered in the settings.
    QLineEdit* addPath(const QString& name, const QString& label, const QString& toolTip, PathMode mode,
                       const QString& filter = {});
    QLineEdit* addLine(const QString& name, const QString& label, const QString& toolTip,
                       const QString& placeholder = {});
    QSpinBox* addSpin(const QString& name, const QString& label, const QString& toolTip, int lo, int hi, int value,
                      const QString& special = {});
    QDoubleSpinBox* addDouble(const QString& name, const QString& label, const QString& toolTip, double lo, double hi,
                              double value, int decimals, const QString& special = {});
    // Items: (text, CLI value).
    QComboBox* addCombo(const QString& name, const QString& label, const QString& toolTip,
                        const std::vector<std::pair<QString, QString>>& items, const QString& value);
    QCheckBox* addCheck(const QString& name, const QString& text, const QString& toolTip, bool value);
    // An editor built by the subclass (already named), in a row of the form, remembered and previewed like the others.
    void addEditor(const QString& label, QWidget* editor, QWidget* rowWidget = nullptr);
    // The same for an editor the subclass lays out itself.
    void registerEditor(const QString& label, QWidget* editor);
    QFormLayout* form() const { return m_form; }
    // Space under the form for extra parts (the try-centre strip).
    QVBoxLayout* extraArea() const { return m_extra; }

    // The subclass's checks: the first problem as a message naming the field, and that field (nullptr: none).
    struct Problem {
        QString message;
        QWidget* field = nullptr;
    };
    virtual Problem check() const = 0;
    // The raw-scan fields of the CT commands (recon, denoise): the scan (DXchange HDF5 or TIFF projections, with
    // `scanToolTip`) and the TIFF flats and darks.
    struct ScanFields {
        QLineEdit *scan = nullptr, *flats = nullptr, *darks = nullptr;
    };
    ScanFields addScanFields(const QString& scanToolTip);
    // "--flats F --darks D" for the fields given.
    static QStringList flatDarkArguments(const ScanFields& fields);
    // The scan must exist, and so must flats and darks when given.
    Problem checkScanFields(const ScanFields& fields) const;
    // Helpers for check(): a path that must exist / must be given.
    Problem requireExisting(const QLineEdit* edit, const QString& fieldName) const;
    Problem requireGiven(const QLineEdit* edit, const QString& fieldName) const;
    // "--device X" for this form (every command takes cpu, cuda or cuda:N).
    QStringList deviceArguments() const;
    static QString text(const QLineEdit* edit);  // trimmed
    static QString number(double v);             // shortest exact text (C locale)
    QString labelFor(const QWidget* field) const;

    // Ends the subclass's constructor: restores the remembered values and shows the first preview.
    void finishForm();
    void updatePreview();

private:
    void markInvalid(QWidget* field, bool invalid);

    QString m_kind;
    std::vector<QWidget*> m_editors;                           // Qt children, remembered in the settings
    std::vector<std::pair<const QWidget*, QString>> m_labels;  // editor → its row's label
    QFormLayout* m_form = nullptr;
    QVBoxLayout* m_extra = nullptr;
    QHBoxLayout* m_top = nullptr;  // the options and the extra parts
    QComboBox* m_device = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_run = nullptr;
    QWidget* m_invalid = nullptr;
    bool m_building = true;
};

}  // namespace xrs::app
