import { ExternalLink } from '../../../components/external-link';
import { Field, FieldList } from '../../../components/field-list';
import { PlainList } from '../../../components/plain-list';
import { useLabels } from '../../../lib/catalogs-context';
import type { Contact, SocialNetwork } from '../../../types/api';
import { ProfileSection } from './profile-section';

const fallbackNetworkNames: Record<string, string> = {
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  other: 'Otra red',
};

export function ContactSection({ contact }: { contact: Contact }) {
  const label = useLabels();
  const renderNetwork = ({ network, url }: SocialNetwork) => {
    const known = label('socialNetwork', network);
    const name =
      known && known !== network
        ? known
        : (fallbackNetworkNames[network] ?? network);
    return (
      <>
        {name}: <ExternalLink href={url} />
      </>
    );
  };
  return (
    <ProfileSection title="Contacto de campaña">
      <FieldList>
        <Field label="Domicilios de casa de campaña">
          <PlainList items={contact.addresses} />
        </Field>
        <Field label="Teléfonos">
          <PlainList items={contact.phones} />
        </Field>
        <Field label="Correos electrónicos">
          <PlainList
            items={contact.emails}
            render={(email) => <span className="breakable">{email}</span>}
          />
        </Field>
        <Field label="Página web">
          {contact.website && <ExternalLink href={contact.website} />}
        </Field>
        <Field label="Redes sociales">
          <PlainList items={contact.socialNetworks} render={renderNetwork} />
        </Field>
      </FieldList>
    </ProfileSection>
  );
}
