export { WelcomeCard } from './WelcomeCard';
