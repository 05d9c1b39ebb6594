#pragma once
// app/runs/DenoiseForm: the "Denoise (Noise2Inverse)" form (`xrs denoise`): raw scan (+ flats/darks), output volume,
// projection splits, context slices, network depth and width, training epochs and samples, checkpoint folder (a run
// there is resumed), patch/batch, inference tile, centre and rows of the split reconstructions, seed, device. Training
// and denoising are one command in the CLI, so there is no separate "Train Denoiser" form: epochs 0 uses the checkpoint
// as it is.
#include "RunForm.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace xrs::app {

class DenoiseForm : public RunForm {
    Q_OBJECT
public:
    explicit DenoiseForm(QWidget* parent = nullptr);

    QStringList arguments() const override;
    remote::Job job() const override;
    QString output() const;
    // Where the split reconstructions and the network checkpoints go (--checkpoint, default OUTPUT.n2i).
    QString checkpointFolder() const;

protected:
    Problem check() const override;

private:
    ScanFields m_scanFields;
    QLineEdit *m_input = nullptr, *m_output = nullptr, *m_checkpoint = nullptr,
              *m_rows = nullptr;
    QComboBox* m_splits = nullptr;
    QSpinBox *m_context = nullptr, *m_epochs = nullptr, *m_slices = nullptr, *m_batch = nullptr, *m_patch = nullptr,
             *m_tile = nullptr, *m_seed = nullptr, *m_depth = nullptr, *m_width = nullptr;
    QCheckBox* m_centerAuto = nullptr;
    QDoubleSpinBox* m_center = nullptr;
};

}  // namespace xrs::app
