// Mantine's styles first, so the app's own CSS modules (imported by components) come after them
// in the bundle and win where they set the same property.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
