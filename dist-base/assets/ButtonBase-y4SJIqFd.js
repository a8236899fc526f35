import{i as e}from"./index-Cp8YF5RU.js";import{t}from"./react-CuWu0MZj.js";import{A as n,C as r,D as i,E as a,O as o,S as s,T as c,a as l,g as u,h as d,i as f,j as p,k as m,l as h,o as g,t as _,w as v}from"./isFocusVisible-16YYb2rT.js";import{o as y}from"./createTheme-CE1r2ym4.js";import{t as b}from"./jsx-runtime-BvAFvjH1.js";var x=e(t()),S=function(e,t){var n=arguments;if(t==null||!c.call(t,`css`))return x.createElement.apply(void 0,n);var r=n.length,i=Array(r);i[0]=s,i[1]=v(e,t);for(var a=2;a<r;a++)i[a]=n[a];return x.createElement.apply(null,i)};(function(e){var t;t||=e.JSX||={}})(S||={});var C=a(function(e,t){var n=e.styles,a=o([n],void 0,x.useContext(r)),s=x.useRef();return i(function(){var e=t.key+`-global`,n=new t.sheet.constructor({key:e,nonce:t.sheet.nonce,container:t.sheet.container,speedy:t.sheet.isSpeedy}),r=!1,i=document.querySelector(`style[data-emotion="`+e+` `+a.name+`"]`);return t.sheet.tags.length&&(n.before=t.sheet.tags[0]),i!==null&&(r=!0,i.setAttribute(`data-emotion`,e),n.hydrate([i])),s.current=[n,r],function(){n.flush()}},[t]),i(function(){var e=s.current,n=e[0];e[1]?e[1]=!1:(a.next!==void 0&&m(t,a.next,!0),n.tags.length&&(n.before=n.tags[n.tags.length-1].nextElementSibling,n.flush()),t.insert(``,a,n,!1))},[t,a.name]),null});function w(){return o([...arguments])}function T(){var e=w.apply(void 0,arguments),t=`animation-`+e.name;return{name:t,styles:`@keyframes `+t+`{`+e.styles+`}`,anim:1,toString:function(){return`_EMO_`+this.name+`_`+this.styles+`_EMO_`}}}var E=typeof window<`u`?x.useLayoutEffect:x.useEffect,D=0;function O(e){let[t,n]=x.useState(e),r=e||t;return x.useEffect(()=>{t??(D+=1,n(`mui-${D}`))},[t]),r}var k={...x}.useId;function A(e){if(k!==void 0){let t=k();return e??t}return O(e)}function j(...e){let t=x.useRef(void 0),n=x.useCallback(t=>{let n=e.map(e=>{if(e==null)return null;if(typeof e==`function`){let n=e,r=n(t);return typeof r==`function`?r:()=>{n(null)}}return e.current=t,()=>{e.current=null}});return()=>{n.forEach(e=>e?.())}},e);return x.useMemo(()=>e.every(e=>e==null)?null:e=>{t.current&&=(t.current(),void 0),e!=null&&(t.current=n(e))},e)}var M={transition:`none`};function ee(e,t){return e===`always`?t:e===`system`?{"@media (prefers-reduced-motion: reduce)":t}:null}var te=e=>e.scrollTop,ne={},re=[`all`],N={};function ie(e,t){return n=>{if(t){let r=e.current;n===void 0?t(r):t(r,n)}}}function ae(e,t,n,r,i,a){let o=e===`exited`&&!t?r:n[e]||n.exited;return i||a?{...o,...i,...a}:o}function P(e,t){let{timeout:n,easing:r,style:i=ne}=e;return{duration:i.transitionDuration??(typeof n==`number`?n:n[t.mode]||0),easing:i.transitionTimingFunction??(typeof r==`object`?r[t.mode]:r),delay:i.transitionDelay}}function F(e,t){let n=t??M;return ee(e.motion?.reducedMotion,n)}function I(e,t=re,n=N){let r=e.transitions?.create?.(t,n),i=F(e);if(r===void 0)return i??ne;let a={transition:r};return i?{...a,...i}:a}var oe=A;function L(e){let t=x.useRef(e);return E(()=>{t.current=e}),x.useRef((...e)=>(0,t.current)(...e)).current}var R=L,z=j;function B(e){let{focusableWhenDisabled:t,disabled:n,composite:r=!1,tabIndex:i=0,isNativeButton:a}=e,o=r&&t!==!1,s=r&&t===!1;return x.useMemo(()=>{let e={onKeyDown(e){n&&t&&e.key!==`Tab`&&e.preventDefault()}};return r||(e.tabIndex=i,!a&&n&&(e.tabIndex=t?i:-1)),(a&&(t||o)||!a&&n)&&(e[`aria-disabled`]=n),a&&(!t||s)&&(e.disabled=n),e},[r,n,t,o,s,a,i])}var se={};function ce(e){let{nativeButton:t,nativeButtonProp:n,internalNativeButton:r=t,allowInferredHostMismatch:i=!1,disabled:a,type:o,hasFormAction:s=!1,tabIndex:c=0,focusableWhenDisabled:l,stopEventPropagation:u=!1,onBeforeKeyDown:d,onBeforeKeyUp:f}=e,p=x.useRef(null),m=l===!0,h=B({focusableWhenDisabled:m,disabled:a,isNativeButton:t,tabIndex:c}),g=x.useCallback(()=>{let e=p.current;return e==null?t:e.tagName===`BUTTON`||!!(e.tagName===`A`&&e.href)},[t]),_=x.useMemo(()=>{let e=m?{}:{tabIndex:a?-1:c};return t?(e.type=o===void 0&&!s?`button`:o,m||(e.disabled=a)):(e.role=`button`,!m&&a&&(e[`aria-disabled`]=a)),m?{...e,...h}:e},[a,m,h,s,t,c,o]);return{getButtonProps:x.useCallback((e=se)=>{let{onClick:t,onKeyDown:n,onKeyUp:r,...i}=e,o=e=>{u&&e.stopPropagation(),a?e.preventDefault():t?.(e)},s=e=>{m&&h.onKeyDown(e),a||(d?.(e),n?.(e),e.target!==e.currentTarget||g()||(e.key===` `?e.preventDefault():e.key===`Enter`&&(e.preventDefault(),e.currentTarget.click())))},c=e=>{a||(f?.(e),r?.(e),e.target===e.currentTarget&&!g()&&e.key===` `&&!e.defaultPrevented&&e.currentTarget.click())};return{..._,...i,onClick:o,onKeyDown:s,onKeyUp:c}},[_,a,m,h,g,d,f,u]),rootRef:p}}var V={};function H(e,t){let n=x.useRef(V);return n.current===V&&(n.current=e(t)),n}var U=class e{ref={current:null};shouldMount=!1;mounted=null;didMount=!1;setShouldMount=null;static create(){return new e}static use(){let t=H(e.create).current,[n,r]=x.useState(!1);return t.shouldMount=n,t.setShouldMount=r,x.useEffect(t.mountEffect,[n]),t}mount(){return this.mounted||(this.mounted=W(),this.shouldMount=!0,this.setShouldMount(this.shouldMount)),this.mounted}mountEffect=()=>{this.shouldMount&&!this.didMount&&(this.ref.current!==null&&(this.didMount=!0),this.mounted.resolve())};start(...e){this.mount().then(()=>this.ref.current?.start(...e))}stop(...e){this.mount().then(()=>this.ref.current?.stop(...e))}pulsate(...e){this.mount().then(()=>this.ref.current?.pulsate(...e))}};function le(){return U.use()}function W(){let e,t,n=new Promise((n,r)=>{e=n,t=r});return n.resolve=e,n.reject=t,n}var ue=[];function G(e){x.useEffect(e,ue)}var K=class e{static create(){return new e}currentId=null;start(e,t){this.clear(),this.currentId=setTimeout(()=>{this.currentId=null,t()},e)}clear=()=>{this.currentId!==null&&(clearTimeout(this.currentId),this.currentId=null)};disposeEffect=()=>this.clear};function q(){let e=H(K.create).current;return G(e.disposeEffect),e}var J=b();function de(e){let{className:t,classes:n,pulsate:r=!1,rippleX:i,rippleY:a,rippleSize:o,in:s,onExited:c,timeout:l}=e,[u,d]=x.useState(!1),f=q(),m=x.useRef(!1),h=x.useRef(c);h.current=c;let g=c!=null,_=p(t,n.ripple,n.rippleVisible,r&&n.ripplePulsate),v={width:o,height:o,top:-(o/2)+a,left:-(o/2)+i},y=p(n.child,u&&n.childLeaving,r&&n.childPulsate);return!s&&!u&&d(!0),x.useEffect(()=>{!s&&g?m.current||(m.current=!0,f.start(l,()=>{m.current=!1,h.current?.()})):(m.current=!1,f.clear())},[f,g,s,l]),(0,J.jsx)(`span`,{className:_,style:v,children:(0,J.jsx)(`span`,{className:y})})}var Y=d(`MuiTouchRipple`,[`root`,`ripple`,`rippleVisible`,`ripplePulsate`,`child`,`childLeaving`,`childPulsate`]),fe=`(prefers-reduced-motion: reduce)`,pe=0,me=`0ms`,he=()=>{},ge=()=>!1,_e=()=>!0,ve=()=>he;function ye(e){let[t,n]=x.useState(()=>({enabled:e,matches:e?null:!1})),r=t.matches;return t.enabled!==e&&(r=null,e||(r=!1)),E(()=>{let r=t=>{n(n=>n.enabled===e&&n.matches===t?n:{enabled:e,matches:t})};if(!e){t.enabled&&r(!1);return}if(typeof window>`u`||typeof window.matchMedia!=`function`){r(!1);return}let i=window.matchMedia(fe),a=()=>{r(i.matches)};return a(),i.addEventListener(`change`,a),()=>{i.removeEventListener(`change`,a)}},[e,t.enabled]),r}var be={...x}.useSyncExternalStore;function xe(e){let t=e?_e:ge,[n,r]=x.useMemo(()=>{if(!e||typeof window>`u`||typeof window.matchMedia!=`function`)return[ge,ve];let t=window.matchMedia(fe);return[()=>t.matches,e=>(t.addEventListener(`change`,e),()=>{t.removeEventListener(`change`,e)})]},[e]);return be(r,n,t)}var Se=be===void 0?ye:xe;function Ce(e,t){let n=Se(!t&&e===`system`),r=!t&&(e===`always`||e===`system`&&n!==!1);return x.useMemo(()=>({shouldReduceMotion:r,getTransitionTiming(e){return r?{duration:pe,delay:me}:e}}),[r])}var X=550,Z={},we=[],Te=()=>{};function Q(e,t){let n=new Set(t),r=new Map,i=[];for(let t of e)n.has(t)?i.length>0&&(r.set(t,i),i=[]):i.push(t);let a=[];for(let e of t){let t=r.get(e);t&&a.push(...t),a.push(e)}return a.push(...i),a}function Ee({event:e,element:t,center:n}){let r=t?t.getBoundingClientRect():{width:0,height:0,left:0,top:0},i,a;if(n||e===void 0||e.clientX===0&&e.clientY===0||!e.clientX&&!e.touches)i=Math.round(r.width/2),a=Math.round(r.height/2);else{let{clientX:t,clientY:n}=e.touches&&e.touches.length>0?e.touches[0]:e;i=Math.round(t-r.left),a=Math.round(n-r.top)}let o;if(n)o=Math.sqrt((2*r.width**2+r.height**2)/3),o%2==0&&(o+=1);else{let e=Math.max(Math.abs((t?t.clientWidth:0)-i),i)*2+2,n=Math.max(Math.abs((t?t.clientHeight:0)-a),a)*2+2;o=Math.sqrt(e**2+n**2)}return{rippleX:i,rippleY:a,rippleSize:o}}var De=T`
  0% {
    transform: scale(0);
    opacity: 0.1;
  }

  100% {
    transform: scale(1);
    opacity: 0.3;
  }
`,Oe=T`
  0% {
    opacity: 1;
  }

  100% {
    opacity: 0;
  }
`,ke=T`
  0% {
    transform: scale(1);
  }

  50% {
    transform: scale(0.92);
  }

  100% {
    transform: scale(1);
  }
`;function Ae(e){if(e.motion.reducedMotion===`always`)return null;let t=w`
    &.${Y.rippleVisible} {
      animation-name: ${De};
      animation-duration: ${X}ms;
      animation-timing-function: ${e.transitions.easing.easeInOut};
    }

    &.${Y.ripplePulsate} {
      animation-duration: ${e.transitions.duration.shorter}ms;
    }

    & .${Y.childLeaving} {
      animation-name: ${Oe};
      animation-duration: ${X}ms;
      animation-timing-function: ${e.transitions.easing.easeInOut};
    }

    & .${Y.childPulsate} {
      animation-name: ${ke};
      animation-duration: 2500ms;
      animation-timing-function: ${e.transitions.easing.easeInOut};
      animation-iteration-count: infinite;
      animation-delay: 200ms;
    }
  `;return e.motion.reducedMotion===`system`?w`
      @media (prefers-reduced-motion: no-preference) {
        ${t}
      }
    `:t}var je=g(`span`,{name:`MuiTouchRipple`,slot:`Root`})({overflow:`hidden`,pointerEvents:`none`,position:`absolute`,zIndex:0,top:0,right:0,bottom:0,left:0,borderRadius:`inherit`}),Me=g(de,{name:`MuiTouchRipple`,slot:`Ripple`})`
  opacity: 0;
  position: absolute;

  &.${Y.rippleVisible} {
    opacity: 0.3;
    transform: scale(1);
  }

  /*
   * Order matters: 'child', 'childLeaving' and 'childPulsate' apply to the same
   * element with equal specificity, so the later rule wins. 'child' must come
   * before 'childLeaving' so the leaving 'opacity: 0' takes precedence. A focus
   * (pulsate) ripple keeps 'pulsateKeyframe' (no opacity animation) on exit, so
   * it relies on this static 'opacity: 0' to disappear on blur instead of
   * lingering until removal.
   */
  & .${Y.child} {
    opacity: 1;
    display: block;
    width: 100%;
    height: 100%;
    border-radius: 50%;
    background-color: currentColor;
  }

  & .${Y.childLeaving} {
    opacity: 0;
  }

  & .${Y.childPulsate} {
    position: absolute;
    /* @noflip */
    left: 0px;
    top: 0;
  }

  ${({theme:e})=>Ae(e)}
`,Ne=x.forwardRef(function(e,t){let n=f({props:e,name:`MuiTouchRipple`}),r=Ce(h().motion.reducedMotion,!1),{center:i=!1,classes:a=Z,className:o,...s}=n,[c,l]=x.useState({items:we,order:we}),u=c.items,d=x.useRef(0),m=x.useRef(null),g=x.useRef(!1);G(()=>(g.current=!0,()=>{g.current=!1})),x.useEffect(()=>{m.current&&=(m.current(),null)},[u]);let _=x.useRef(!1),v=q(),y=x.useRef(null),b=x.useRef(null),S=R(e=>{g.current&&l(t=>{let n=t.items.filter(t=>t.key!==e);return{items:n,order:Q(t.order.filter(t=>t!==e),n.filter(e=>!e.exiting).map(e=>e.key))}})}),C=R(e=>{let{pulsate:t,rippleX:n,rippleY:r,rippleSize:i,cb:a}=e,o=d.current;d.current+=1,l(e=>{let a=[...e.items,{key:o,pulsate:t,rippleX:n,rippleY:r,rippleSize:i,exiting:!1}];return{items:a,order:Q(e.order,a.filter(e=>!e.exiting).map(e=>e.key))}}),m.current=a}),w=R((e=Z,t=Z,n=Te)=>{let{pulsate:r=!1,center:a=i||t.pulsate,fakeElement:o=!1}=t;if(e?.type===`mousedown`&&_.current){_.current=!1;return}e?.type===`touchstart`&&(_.current=!0);let{rippleX:s,rippleY:c,rippleSize:l}=Ee({event:e,element:o?null:b.current,center:a});e?.touches?y.current===null&&(y.current=()=>{C({pulsate:r,rippleX:s,rippleY:c,rippleSize:l,cb:n})},v.start(80,()=>{y.current&&=(y.current(),null)})):C({pulsate:r,rippleX:s,rippleY:c,rippleSize:l,cb:n})}),T=R(()=>{w(Z,{pulsate:!0})}),E=R((e,t)=>{v.clear(),e?.type===`touchend`&&y.current?(y.current(),y.current=null,v.start(0,()=>{E(e,t)})):(y.current=null,l(e=>{let t=e.items.findIndex(e=>!e.exiting);if(t===-1)return e;let n=e.items.slice();return n[t]={...n[t],exiting:!0},{items:n,order:Q(e.order,n.filter(e=>!e.exiting).map(e=>e.key))}}),m.current=t)});x.useImperativeHandle(t,()=>({pulsate:T,start:w,stop:E}),[T,w,E]);let D=new Map(u.map(e=>[e.key,e])),O=c.order.map(e=>D.get(e)).filter(Boolean);return(0,J.jsx)(je,{className:p(Y.root,a.root,o),ref:b,...s,children:O.map(e=>(0,J.jsx)(Me,{classes:{ripple:p(a.ripple,Y.ripple),rippleVisible:p(a.rippleVisible,Y.rippleVisible),ripplePulsate:p(a.ripplePulsate,Y.ripplePulsate),child:p(a.child,Y.child),childLeaving:p(a.childLeaving,Y.childLeaving),childPulsate:p(a.childPulsate,Y.childPulsate)},timeout:r.shouldReduceMotion?0:X,pulsate:e.pulsate,rippleX:e.rippleX,rippleY:e.rippleY,rippleSize:e.rippleSize,in:!e.exiting,onExited:()=>S(e.key)},e.key))})});function Pe(e){return u(`MuiButtonBase`,e)}var Fe=d(`MuiButtonBase`,[`root`,`disabled`,`focusVisible`]),Ie=e=>{let{disabled:t,focusVisible:r,focusVisibleClassName:i,suppressFocusVisible:a,classes:o}=e,s=n({root:[`root`,t&&`disabled`,r&&!a&&`focusVisible`]},Pe,o);return r&&!a&&i&&(s.root+=` ${i}`),s},Le=g(`button`,{name:`MuiButtonBase`,slot:`Root`})(l(({theme:e})=>({display:`inline-flex`,alignItems:`center`,justifyContent:`center`,position:`relative`,boxSizing:`border-box`,WebkitTapHighlightColor:`transparent`,backgroundColor:`transparent`,outline:0,border:0,margin:0,borderRadius:0,padding:0,cursor:`pointer`,userSelect:`none`,verticalAlign:`middle`,MozAppearance:`none`,WebkitAppearance:`none`,textDecoration:`none`,color:`inherit`,"&::-moz-focus-inner":{borderStyle:`none`},[`&.${Fe.disabled}`]:{pointerEvents:`none`,cursor:`default`},"@media print":{colorAdjust:`exact`},variants:[{props:{internalDisabledThemeFocusVisible:!1},style:e.focusVisible&&{...y,[`&.${Fe.focusVisible}`]:e.focusVisible}}]}))),Re=x.forwardRef(function(e,t){let n=f({props:e,name:`MuiButtonBase`}),{action:r,centerRipple:i=!1,children:a,className:o,component:s=`button`,disabled:c=!1,disableRipple:l=!1,disableTouchRipple:u=!1,focusRipple:d=!1,focusVisibleClassName:m,focusableWhenDisabled:h,suppressFocusVisible:g=!1,internalNativeButton:v,internalDisabledThemeFocusVisible:y=!1,LinkComponent:b=`a`,nativeButton:S,onBlur:C,onClick:w,onContextMenu:T,onDragLeave:E,onFocus:D,onFocusVisible:O,onKeyDown:k,onKeyUp:A,onMouseDown:j,onMouseLeave:M,onMouseUp:ee,onTouchEnd:te,onTouchMove:ne,onTouchStart:re,tabIndex:N=0,TouchRippleProps:ie,touchRippleRef:ae,type:P,...F}=n,I=!!(F.href||F.to),oe=!!F.formAction,L=s;L===`button`&&I&&(L=b);let B=typeof L==`string`?L===`button`:v??!1,se=S??B,V=le(),H=z(V.ref,ae),[U,W]=x.useState(!1);(c||g)&&U&&W(!1);let ue=R(e=>{d&&!e.repeat&&U&&e.key===` `&&V.stop(e,()=>{V.start(e)})}),G=R(e=>{d&&e.key===` `&&U&&!e.defaultPrevented&&V.stop(e,()=>{V.pulsate(e)})}),{getButtonProps:K,rootRef:q}=ce({nativeButton:se,nativeButtonProp:S,internalNativeButton:B,allowInferredHostMismatch:I||typeof L==`string`,disabled:c,type:P,hasFormAction:oe,tabIndex:N,onBeforeKeyDown:ue,onBeforeKeyUp:G}),{onClick:de,onKeyDown:Y,onKeyUp:fe,...pe}=K({onClick:w,onKeyDown:k,onKeyUp:A});x.useImperativeHandle(r,()=>({focusVisible:()=>{W(!0),q.current.focus()}}),[q]);let me=V.shouldMount&&!l&&!c;x.useEffect(()=>{U&&d&&!l&&V.pulsate()},[l,d,U,V]);let he=$(V,`start`,j,u),ge=$(V,`stop`,T,u),_e=$(V,`stop`,E,u),ve=$(V,`stop`,ee,u),ye=$(V,`stop`,e=>{U&&e.preventDefault(),M&&M(e)},u),be=$(V,`start`,re,u),xe=$(V,`stop`,te,u),Se=$(V,`stop`,ne,u),Ce=$(V,`stop`,e=>{_(e.target)||W(!1),C&&C(e)},!1),X=R(e=>{q.current||=e.currentTarget,!g&&_(e.target)&&(W(!0),O&&O(e)),D&&D(e)}),Z={};I&&(Z.tabIndex=c?-1:N,c&&(Z[`aria-disabled`]=c),Z.type=P);let we=z(t,q),Te={...n,centerRipple:i,component:s,disabled:c,disableRipple:l,disableTouchRipple:u,focusRipple:d,suppressFocusVisible:g,tabIndex:N,focusVisible:U,internalDisabledThemeFocusVisible:y},Q=Ie(Te);return(0,J.jsxs)(Le,{as:L,className:p(Q.root,o),ownerState:Te,onBlur:Ce,onClick:de,onContextMenu:ge,onFocus:X,onKeyDown:Y,onKeyUp:fe,onMouseDown:he,onMouseLeave:ye,onMouseUp:ve,onDragLeave:_e,onTouchEnd:xe,onTouchMove:Se,onTouchStart:be,ref:we,...I?Z:pe,...F,children:[a,me?(0,J.jsx)(Ne,{ref:H,center:i,...ie}):null]})});function $(e,t,n,r=!1){return R(i=>(n&&n(i),r||e[t](i),!0))}export{T as S,j as _,q as a,C as b,R as c,F as d,ae as f,te as g,ie as h,K as i,L as l,I as m,Fe as n,H as o,P as p,Ce as r,z as s,Re as t,oe as u,A as v,w as x,E as y};