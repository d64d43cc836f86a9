// plugin-throttling schedules on bottleneck's light build; the Action builds its spacing
// groups from the same module so both share one Bottleneck. Its types are the full build's.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
