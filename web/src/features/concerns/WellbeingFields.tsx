import { TextArea } from '../../components/TextArea';

interface Props {
  riskFactors: string;
  protectiveFactors: string;
  errors: Record<string, string | undefined>;
  onChange: (patch: { riskFactors?: string; protectiveFactors?: string }) => void;
}

/** D44: a wellbeing note weighs what makes things harder against what helps. */
export function WellbeingFields({ riskFactors, protectiveFactors, errors, onChange }: Props) {
  return (
    <div className="haven-conditional">
      <TextArea
        id="riskFactors"
        label="Risk factors"
        hint="What makes things harder for the child, for example a change at home"
        value={riskFactors}
        onChange={(v) => onChange({ riskFactors: v })}
        error={errors.riskFactors}
        rows={3}
      />
      <TextArea
        id="protectiveFactors"
        label="Protective factors"
        hint="What helps, for example a trusted adult or a friendship group"
        value={protectiveFactors}
        onChange={(v) => onChange({ protectiveFactors: v })}
        error={errors.protectiveFactors}
        rows={3}
      />
    </div>
  );
}
