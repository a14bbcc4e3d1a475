import { Link } from 'react-router-dom';
import { DemoBanner } from '../../components/demo-banner';
import { useProcess } from '../../lib/processes-context';
import { toSafeHref } from '../../lib/safe-url';
import type { CandidacyDetail } from '../../types/api';
import { ContactSection } from './sections/contact-section';
import { CurriculumSection } from './sections/curriculum-section';
import { EducationSection } from './sections/education-section';
import { GeneralSection } from './sections/general-section';
import { IdentitySection } from './sections/identity-section';
import { ProposalsSection } from './sections/proposals-section';
import { SourceSection } from './sections/source-section';
import { StatusNotice } from './sections/status-notice';
import { TextSection } from './sections/text-section';
import { TicketSection } from './sections/ticket-section';

type Props = { candidacy: CandidacyDetail };

const genderProposalTitle =
  'Propuesta en materia de género o del grupo en situación de ' +
  'discriminación que represento';

export function CandidacyProfile({ candidacy }: Props) {
  const process = useProcess(candidacy.processKey);
  const photo = toSafeHref(candidacy.photoUrl);
  const back = `/buscar?process=${encodeURIComponent(candidacy.processKey)}`;
  return (
    <article className="profile">
      <title>{`${candidacy.name} · Conóceles`}</title>
      <DemoBanner processKey={candidacy.processKey} />
      <p className="breadcrumb">
        <Link to={back}>← Buscar otra candidatura</Link>
      </p>
      <header className="profile-header">
        {photo && (
          <img
            className="profile-photo"
            src={photo}
            alt={`Fotografía de ${candidacy.name}`}
            width={120}
            height={150}
          />
        )}
        <div>
          <h1>{candidacy.name}</h1>
          <p className="lead">{process?.name ?? candidacy.processKey}</p>
        </div>
      </header>
      <StatusNotice candidacy={candidacy} />
      <GeneralSection candidacy={candidacy} />
      <ContactSection contact={candidacy.contact} />
      <EducationSection education={candidacy.education} />
      <TextSection
        title="Trayectoria profesional y laboral"
        text={candidacy.professionalHistory}
      />
      <TextSection
        title="Trayectoria política y participación social"
        text={candidacy.politicalTrajectory}
      />
      <TextSection
        title="¿Por qué quiero ocupar un cargo público?"
        text={candidacy.motivation}
      />
      <ProposalsSection proposals={candidacy.proposals} />
      <TextSection
        title={genderProposalTitle}
        text={candidacy.genderProposal}
      />
      <IdentitySection answers={candidacy.identity} />
      <CurriculumSection url={candidacy.curriculumUrl} />
      <TicketSection partner={candidacy.ticketPartner} />
      <SourceSection candidacy={candidacy} timeZone={process?.timeZone} />
    </article>
  );
}
