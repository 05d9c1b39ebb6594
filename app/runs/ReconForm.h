#pragma once
// app/runs/ReconForm: the "Reconstruct CT" form (`xrs recon`): scan, flats/darks, output, rows, centre (auto or a
// value), filter, ring removal, zingers, binning, dtype, chunking, device. Its "Try centres…" part runs
// `xrs recon --try-center A:B:STEP` on one row into a temporary folder and shows the slices in a TryCenterStrip;
// clicking one sets the centre. Owns the temporary folder of the last sweep.
#include <QTemporaryDir>

#include <memory>

#include "RunForm.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace xrs::widgets {
class TryCenterStrip;
}

namespace xrs::app {

class ReconForm : public RunForm {
    Q_OBJECT
public:
    explicit ReconForm(QWidget* parent = nullptr);
    ~ReconForm() override;

    QStringList arguments() const override;
    remote::Job job() const override;
    QString output() const;

    // The try-centre sweep of the current values into `outputFile`.
    QStringList tryCenterArguments(const QString& outputFile) const;
    // Validates the sweep's fields, makes a fresh temporary folder and emits runRequested() with a "try-center" job.
    bool tryCenters();
    // Shows the sweep written by a finished try-centre job (errors go to the status line). False when unreadable.
    bool showTryCenters(const QString& file);
    // While a sweep runs the "Try Centres…" button is off: a second sweep would replace its temporary folder.
    void setSweepRunning(bool running);
    bool isSweepRunning() const;
    widgets::TryCenterStrip* tryCenterStrip() const { return m_strip; }

    // The centre the form passes: nothing when automatic.
    std::optional<double> center() const;
    void setCenter(double value);

protected:
    Problem check() const override;

private:
    Problem checkTry() const;
    QStringList commonArguments() const;  // flats/darks, scan, filter, ring, zinger, bin: shared with the sweep

    ScanFields m_scanFields;
    QLineEdit *m_input = nullptr, *m_output = nullptr, *m_rows = nullptr;
    QCheckBox* m_centerAuto = nullptr;
    QDoubleSpinBox *m_center = nullptr, *m_ringParam = nullptr, *m_zinger = nullptr;
    QComboBox *m_scan = nullptr, *m_filter = nullptr, *m_ring = nullptr, *m_bin = nullptr, *m_dtype = nullptr,
              *m_storage = nullptr;
    QSpinBox *m_chunk = nullptr, *m_memory = nullptr, *m_tryRow = nullptr;
    QLineEdit* m_tryRange = nullptr;
    QPushButton* m_tryButton = nullptr;
    widgets::TryCenterStrip* m_strip = nullptr;
    std::unique_ptr<QTemporaryDir> m_tryDir;
};

}  // namespace xrs::app
