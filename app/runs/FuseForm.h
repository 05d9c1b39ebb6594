#pragma once
// app/runs/FuseForm: the "Fuse (SWIN-XVR)" form (`xrs fuse`): manifest or LR stack (+ HR stack and HR step), model
// checkpoint and preset, LR window, tiling, batch, precision, output dtype, device.
#include "RunForm.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace xrs::app {

class FuseForm : public RunForm {
    Q_OBJECT
public:
    explicit FuseForm(QWidget* parent = nullptr);

    QStringList arguments() const override;
    remote::Job job() const override;
    QString output() const;
    // A checkpoint offered by a finished training run.
    void offerCheckpoint(const QString& path);

protected:
    Problem check() const override;

private:
    QLineEdit *m_input = nullptr, *m_hr = nullptr, *m_checkpoint = nullptr, *m_output = nullptr;
    QSpinBox *m_hrStep = nullptr, *m_tile = nullptr, *m_overlap = nullptr, *m_batch = nullptr;
    QComboBox *m_preset = nullptr, *m_numLr = nullptr, *m_precision = nullptr, *m_dtype = nullptr;
};

}  // namespace xrs::app
